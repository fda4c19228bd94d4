{#
    One row per count a report states about the dispatch (kind = dispatch): how many cadres, first
    secretaries, team members or teams were sent, how many villages are covered, trained or paired,
    and the other figures reports give about the cadres sent. Long form, so every statement keeps its
    evidence and confidence; fct_dispatch_reconciliation sets the headline counts beside the rosters.
#}
with

report_facts as (
    select * from {{ ref('int_report_facts_classified') }}
),

dispatch_facts as (
    select * from report_facts
    where kind = 'dispatch'
),

final as (
    select
        {{ surrogate_key(['fact_id']) }} as dispatch_summary_key,
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
    from dispatch_facts
)

select * from final
