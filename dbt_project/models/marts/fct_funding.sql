{#
    One row per funding statement (kind = funding, in yuan) a report makes. The annualised amount
    per person (macros/reports.sql) exists only where the basis allows it: per_person_year × 1,
    per_person_day × 365, per_person_week × 52; null for per_person, per_year, total and no basis.
    A funding fact in another unit belongs to no fact table (the warning test
    assert_every_report_fact_has_a_fact_table lists it for stewards).
#}
with

report_facts as (
    select * from {{ ref('int_report_facts_classified') }}
),

funding_facts as (
    select * from report_facts
    where kind = 'funding'
        and unit = 'yuan'
),

final as (
    select
        {{ surrogate_key(['fact_id']) }} as funding_key,
        fact_id,
        report_key,
        metric_key,
        region_key,
        report_date_key,
        period_start_date_key,
        metric_code,
        value as amount_yuan,
        basis,
        qualifier,
        {{ annualised_per_person_yuan('value', 'basis', 'unit') }} as annualised_per_person_yuan,
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
    from funding_facts
)

select * from final
