{#
    Every fact a report states, ready for the fact tables: its metric looked up in the catalogue
    (seeds/metric_catalog.csv), its place keyed by the parts the extractor resolved (int_report_places_matched), its period and
    dates keyed. Reads int_report_facts_reviewed: the stewards' corrections are already in the
    values, and review_status and needs_review come from the one rule (macros/review_status.sql).
    The three report fact tables (fct_funding, fct_outcome, fct_dispatch_summary) are cuts of this
    one model by kind.
#}
with

facts as (
    select * from {{ ref('int_report_facts_reviewed') }}
),

documents as (
    select * from {{ ref('stg_report__documents') }}
),

metric_catalog as (
    select * from {{ ref('metric_catalog') }}
),

places as (
    select * from {{ ref('int_report_places_matched') }}
),

with_report as (
    select
        facts.*,
        documents.file_id as document_file_id,
        documents.report_date,
        coalesce(facts.region_name, documents.region_name) as place_text,
        coalesce(facts.stated_year, cast(extract(year from facts.period_start_date) as integer)) as fact_year
    from facts
    left join documents
        on facts.file_id = documents.file_id
),

with_keys as (
    select
        with_report.*,
        {{ place_id('with_report.') }} as place_id,
        coalesce(
            with_report.period_start_date,
            case when with_report.fact_year is not null then make_date(with_report.fact_year, 1, 1) end
        ) as period_start_date_filled
    from with_report
),

classified as (
    select
        {{ surrogate_key(['with_keys.file_id', 'with_keys.fact_index']) }} as fact_id,
        case
            when with_keys.document_file_id is not null then {{ surrogate_key(['with_keys.file_id']) }}
            else {{ unknown_key() }}
        end as report_key,
        case
            when metric_catalog.metric_code is not null then {{ surrogate_key(['with_keys.metric_code']) }}
            else {{ unknown_key() }}
        end as metric_key,
        coalesce(places.region_key, {{ unknown_key() }}) as region_key,
        {{ date_key('with_keys.report_date') }} as report_date_key,
        {{ date_key('with_keys.period_start_date_filled') }} as period_start_date_key,

        -- the fact
        with_keys.kind,
        with_keys.metric_code,
        metric_catalog.metric_code is not null as is_metric_in_catalog,
        with_keys.value,
        with_keys.unit,
        with_keys.basis,
        with_keys.qualifier,
        with_keys.place_text as region_name,
        with_keys.fact_year,
        with_keys.period,

        -- evidence and review
        with_keys.evidence,
        with_keys.char_start,
        with_keys.char_end,
        with_keys.confidence,
        with_keys.needs_review,
        with_keys.review_status,

        -- provenance
        with_keys.file_id,
        with_keys.source_file,
        with_keys.fact_index,
        with_keys.run_id,
        with_keys.loaded_at
    from with_keys
    left join metric_catalog
        on with_keys.metric_code = metric_catalog.metric_code
    left join places
        on with_keys.place_id = places.place_id
),

final as (
    select * from classified
)

select * from final
