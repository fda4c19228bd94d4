{#
    One row per outcome figure (kind = outcome) a report states: what the work achieved, in the
    metric's base unit.
#}
with

report_facts as (
    select * from {{ ref('int_report_facts_classified') }}
),

outcome_facts as (
    select * from report_facts
    where kind = 'outcome'
),

final as (
    select
        {{ surrogate_key(['fact_id']) }} as outcome_key,
        fact_id,
        report_key,
        metric_key,
        region_key,
        report_date_key,
        period_start_date_key,
        metric_code,
        value,
        unit,
        qualifier,
        region_name,
        fact_year,
        period,
        evidence,
        char_start,
        char_end,
        confidence,
        needs_review,
        review_status,
        source_file,
        file_id,
        loaded_at
    from outcome_facts
)

select * from final
