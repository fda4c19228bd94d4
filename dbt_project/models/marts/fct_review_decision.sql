{#
    One row per steward decision ever recorded (zhucun review or a decisions file), never updated:
    the history of who decided what, when, why, and the value before and after. is_in_effect marks
    the latest decision on each item (the one the fact and assignment marts apply); is_item_loaded is
    false when a newer version of the report no longer has the item (the decision is kept and the run
    reports it). Header-cell mappings (target_kind 'header') and corrections of quarantined roster rows
    ('row') are here too, with no report.
#}
with

decisions as (
    select * from {{ ref('stg_meta__review_decisions') }}
),

facts as (
    select * from {{ ref('stg_report__facts') }}
),

people as (
    select * from {{ ref('stg_report__people') }}
),

dim_report as (
    select * from {{ ref('dim_report') }}
),

ranked as (
    select
        decisions.*,
        row_number() over (
            partition by decisions.decision_id
            order by decisions.decided_at desc, decisions.decision_record_id desc
        ) = 1 as is_in_effect
    from decisions
),

loaded_items as (
    select
        'fact' as target_kind,
        facts.file_id,
        facts.fact_index as item_index
    from facts
    union all
    select
        'person' as target_kind,
        people.file_id,
        people.person_index as item_index
    from people
),

final as (
    select
        {{ surrogate_key(['ranked.decision_record_id']) }} as review_decision_key,
        ranked.decision_record_id,
        ranked.decision_id,
        coalesce(dim_report.report_key, {{ unknown_key() }}) as report_key,
        {{ date_key('cast(ranked.decided_at as date)') }} as decided_date_key,
        ranked.target_kind,
        ranked.decision_action,
        ranked.corrected_field,
        ranked.value_before,
        ranked.value_after,
        ranked.reviewer,
        ranked.decision_reason,
        ranked.decision_source,
        ranked.source_detail,
        ranked.decided_at,
        ranked.is_in_effect,
        case
            when ranked.target_kind in ('header', 'row') then true
            else loaded_items.item_index is not null
        end as is_item_loaded,
        ranked.file_id,
        ranked.source_file,
        ranked.item_index,
        ranked.run_id
    from ranked
    left join dim_report
        on {{ surrogate_key(['ranked.file_id']) }} = dim_report.report_key
    left join loaded_items
        on ranked.target_kind = loaded_items.target_kind
        and ranked.file_id = loaded_items.file_id
        and ranked.item_index = loaded_items.item_index
)

select * from final
