{#-
    annualised_per_person_yuan is null exactly when the basis does not allow annualising per person
    (per_person, per_year, total, no basis), and where it allows it, it is the amount × 1 (per person-year),
    × 365 (per person-day) or × 52 (per person-week). Returns the offending funding statements.
-#}
with

fct_funding as (
    select * from {{ ref('fct_funding') }}
),

expected as (
    select
        fct_funding.funding_key,
        fct_funding.basis,
        fct_funding.amount_yuan,
        fct_funding.annualised_per_person_yuan,
        case fct_funding.basis
            when 'per_person_year' then fct_funding.amount_yuan
            when 'per_person_day' then fct_funding.amount_yuan * 365
            when 'per_person_week' then fct_funding.amount_yuan * 52
        end as expected_annualised_yuan
    from fct_funding
),

final as (
    select expected.*
    from expected
    where (expected.expected_annualised_yuan is null) <> (expected.annualised_per_person_yuan is null)
        or abs(expected.expected_annualised_yuan - expected.annualised_per_person_yuan) > 0.005
)

select * from final
