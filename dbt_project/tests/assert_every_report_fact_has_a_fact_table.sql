{{ config(severity='warn') }}
{#-
    Every fact a report states lands in one fact table: funding in yuan in fct_funding, outcomes in
    fct_outcome, dispatch counts in fct_dispatch_summary. A warning, not an error: a funding fact in
    another unit is the extractor's mistake, which a steward should see but which must not stop the
    night. Returns the facts no fact table holds.
-#}
with

report_facts as (
    select * from {{ ref('int_report_facts_classified') }}
),

fct_funding as (
    select * from {{ ref('fct_funding') }}
),

fct_outcome as (
    select * from {{ ref('fct_outcome') }}
),

fct_dispatch_summary as (
    select * from {{ ref('fct_dispatch_summary') }}
),

placed as (
    select fct_funding.fact_id from fct_funding
    union all
    select fct_outcome.fact_id from fct_outcome
    union all
    select fct_dispatch_summary.fact_id from fct_dispatch_summary
),

final as (
    select
        report_facts.fact_id,
        report_facts.source_file,
        report_facts.fact_index,
        report_facts.kind,
        report_facts.metric_code,
        report_facts.unit
    from report_facts
    left join placed
        on report_facts.fact_id = placed.fact_id
    where placed.fact_id is null
)

select * from final
