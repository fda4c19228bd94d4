{#
    Every fact a report states, with the stewards' decisions applied: a corrected value, unit,
    region or metric replaces the extracted one (a corrected metric brings its kind from the
    catalogue, so the fact moves to that kind's fact table), the extracted values are kept beside
    them, and review_status follows the one rule of macros/review_status.sql. A corrected region brings
    its place parts (resolved in Python when the decision was recorded) in place of the extracted ones.
    The one model every report fact table reads (through int_report_facts_classified).
#}
with

facts as (
    select * from {{ ref('stg_report__facts') }}
),

decisions as (
    select * from {{ ref('int_review_decisions_summarised') }}
    where target_kind = 'fact'
),

metric_catalog as (
    select * from {{ ref('metric_catalog') }}
),

reviewed as (
    select
        facts.*,
        decisions.decision_id,
        decisions.decision_action,
        decisions.reviewer,
        decisions.decided_at,
        decisions.corrected_value,
        decisions.corrected_unit,
        decisions.corrected_region,
        decisions.corrected_metric,
        {{ place_part_columns('decisions.corrected_') }}
    from facts
    left join decisions
        on facts.file_id = decisions.file_id
        and facts.fact_index = decisions.item_index
),

final as (
    select
        reviewed.file_id,
        reviewed.source_file,
        reviewed.fact_index,
        reviewed.run_id,
        reviewed.loaded_at,
        coalesce(corrected_catalog.kind, reviewed.kind) as kind,
        coalesce(reviewed.corrected_metric, reviewed.metric_code) as metric_code,
        coalesce(cast(reviewed.corrected_value as double precision), reviewed.value) as value,
        coalesce(reviewed.corrected_unit, reviewed.unit) as unit,
        reviewed.basis,
        reviewed.qualifier,
        coalesce(reviewed.corrected_region, reviewed.region_name) as region_name,
        {{ reviewed_place_parts('reviewed.') }},
        reviewed.stated_year,
        reviewed.period,
        reviewed.period_start_date,
        reviewed.evidence,
        reviewed.char_start,
        reviewed.char_end,
        reviewed.confidence,
        reviewed.metric_code as extracted_metric_code,
        reviewed.value as extracted_value,
        reviewed.unit as extracted_unit,
        reviewed.region_name as extracted_region_name,
        reviewed.decision_id,
        reviewed.reviewer,
        reviewed.decided_at,
        {{ needs_review('reviewed.confidence', 'reviewed.decision_action') }} as needs_review,
        {{ review_status('reviewed.confidence', 'reviewed.decision_action') }} as review_status
    from reviewed
    left join metric_catalog as corrected_catalog
        on reviewed.corrected_metric = corrected_catalog.metric_code
)

select * from final
