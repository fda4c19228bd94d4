{#-
    A planned end (end_date after the run date) belongs only to an assignment still on the rosters:
    a removed one ended the day it was removed at the latest. Returns the offending assignments.
-#}
with

fct_assignment as (
    select * from {{ ref('fct_assignment') }}
),

final as (
    select
        fct_assignment.assignment_id,
        fct_assignment.is_current,
        fct_assignment.end_date
    from fct_assignment
    where
        fct_assignment.end_date_is_planned
        and (not fct_assignment.is_current or fct_assignment.source <> 'roster')
)

select * from final
