{#- No assignment ends before it starts. Returns the offending assignments. -#}
with

fct_assignment as (
    select * from {{ ref('fct_assignment') }}
),

final as (
    select
        fct_assignment.assignment_id,
        fct_assignment.start_date,
        fct_assignment.end_date
    from fct_assignment
    where fct_assignment.end_date < fct_assignment.start_date
)

select * from final
