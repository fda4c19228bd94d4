{#
    For stewards: the dispatch counts a report states about a region (usually a county) beside what
    the rosters hold for that region, and the difference (stated − roster).

    - Stated: the headline dispatch metrics (cadres_dispatched, first_secretaries_dispatched,
      team_members_dispatched, teams_dispatched, villages_covered) of facts whose place resolved to a
      dim_region member. When a report states one metric for one region more than once, the most
      confident statement (then the first in the text) counts.
    - Roster: roster assignments (source = 'roster') in villages at or under the region, in force on
      the report's date (started on or before it, or no start date; not ended before it); when the
      report has no date, the current assignments.
        cadres            distinct cadres
        first secretaries distinct cadres with role first_secretary
        team members      distinct cadres with role team_leader or team_member
        teams             distinct villages with a team_leader (a team is approximated by its leader's village)
        villages          distinct villages with any assignment
      A 第一书记兼工作队长 counts as a first secretary and as a team member, as reports count them.
#}
{% set headline_metrics = {
    'cadres_dispatched': 'cadres',
    'first_secretaries_dispatched': 'first_secretaries',
    'team_members_dispatched': 'team_members',
    'teams_dispatched': 'teams',
    'villages_covered': 'villages',
} %}
with

report_facts as (
    select * from {{ ref('int_report_facts_classified') }}
),

dim_report as (
    select * from {{ ref('dim_report') }}
),

dim_region as (
    select * from {{ ref('dim_region') }}
),

fct_assignment as (
    select * from {{ ref('fct_assignment') }}
),

dim_cadre as (
    select * from {{ ref('dim_cadre') }}
),

dim_role as (
    select * from {{ ref('dim_role') }}
),

-- what the reports state ---------------------------------------------------------------------
headline_statements as (
    select
        report_facts.*,
        row_number() over (
            partition by report_facts.report_key, report_facts.region_key, report_facts.metric_code
            order by
                report_facts.confidence desc,
                report_facts.fact_index asc
        ) as statement_rank
    from report_facts
    where report_facts.kind = 'dispatch'
        and report_facts.review_status <> 'rejected'
        and report_facts.region_key <> {{ unknown_key() }}
        and report_facts.metric_code in (
            {%- for metric_code in headline_metrics %}
            '{{ metric_code }}'{% if not loop.last %},{% endif %}
            {%- endfor %}
        )
),

stated as (
    select
        headline_statements.report_key,
        headline_statements.region_key,
        {%- for metric_code, measure in headline_metrics.items() %}
        max(
            case when headline_statements.metric_code = '{{ metric_code }}' then headline_statements.value end
        ) as {{ measure }}_stated,
        {%- endfor %}
        min(headline_statements.confidence) as min_confidence,
        max(case when headline_statements.needs_review then 1 else 0 end) = 1 as needs_review
    from headline_statements
    where headline_statements.statement_rank = 1
    group by
        headline_statements.report_key,
        headline_statements.region_key
),

stated_as_of as (
    select
        stated.*,
        dim_report.report_date_key,
        dim_report.report_date as roster_as_of_date
    from stated
    left join dim_report
        on stated.report_key = dim_report.report_key
),

-- what the rosters hold ------------------------------------------------------------------------
roster_assignments as (
    select
        fct_assignment.region_key,
        fct_assignment.start_date,
        fct_assignment.end_date,
        fct_assignment.is_current,
        dim_cadre.cadre_id,
        dim_role.role_code
    from fct_assignment
    inner join dim_cadre
        on fct_assignment.cadre_key = dim_cadre.cadre_key
    inner join dim_role
        on fct_assignment.role_key = dim_role.role_key
    where fct_assignment.source = 'roster'
        and fct_assignment.region_key <> {{ unknown_key() }}
),

-- each roster village with itself and every region above it (village → township → county → city → province)
village_chain as (
    select
        village.region_key,
        village.parent_region_key as ancestor_1,
        parent_1.parent_region_key as ancestor_2,
        parent_2.parent_region_key as ancestor_3,
        parent_3.parent_region_key as ancestor_4
    from dim_region as village
    left join dim_region as parent_1
        on village.parent_region_key = parent_1.region_key
    left join dim_region as parent_2
        on parent_1.parent_region_key = parent_2.region_key
    left join dim_region as parent_3
        on parent_2.parent_region_key = parent_3.region_key
    where village.region_key in (select roster_assignments.region_key from roster_assignments)
),

village_ancestors as (
    select
        village_chain.region_key,
        village_chain.region_key as ancestor_region_key
    from village_chain
    {%- for depth in range(1, 5) %}
    union all
    select
        village_chain.region_key,
        village_chain.ancestor_{{ depth }} as ancestor_region_key
    from village_chain
    where village_chain.ancestor_{{ depth }} is not null
        and village_chain.ancestor_{{ depth }} <> {{ unknown_key() }}
    {%- endfor %}
),

roster_counts as (
    select
        stated_as_of.report_key,
        stated_as_of.region_key,
        count(distinct roster_assignments.cadre_id) as roster_cadres,
        count(
            distinct case when roster_assignments.role_code = 'first_secretary' then roster_assignments.cadre_id end
        ) as roster_first_secretaries,
        count(
            distinct case
                when roster_assignments.role_code in ('team_leader', 'team_member') then roster_assignments.cadre_id
            end
        ) as roster_team_members,
        count(
            distinct case when roster_assignments.role_code = 'team_leader' then roster_assignments.region_key end
        ) as roster_teams,
        count(distinct roster_assignments.region_key) as roster_villages
    from stated_as_of
    inner join village_ancestors
        on stated_as_of.region_key = village_ancestors.ancestor_region_key
    inner join roster_assignments
        on village_ancestors.region_key = roster_assignments.region_key
    where (
        stated_as_of.roster_as_of_date is null
        and roster_assignments.is_current
    )
    or (
        stated_as_of.roster_as_of_date is not null
        and (roster_assignments.start_date is null or roster_assignments.start_date <= stated_as_of.roster_as_of_date)
        and (roster_assignments.end_date is null or roster_assignments.end_date >= stated_as_of.roster_as_of_date)
    )
    group by
        stated_as_of.report_key,
        stated_as_of.region_key
),

final as (
    select
        {{ surrogate_key(['stated_as_of.report_key', 'stated_as_of.region_key']) }} as dispatch_reconciliation_key,
        stated_as_of.report_key,
        stated_as_of.region_key,
        stated_as_of.report_date_key,
        stated_as_of.roster_as_of_date,
        {%- for measure in headline_metrics.values() %}
        stated_as_of.{{ measure }}_stated,
        coalesce(roster_counts.roster_{{ measure }}, 0) as roster_{{ measure }},
        stated_as_of.{{ measure }}_stated - coalesce(roster_counts.roster_{{ measure }}, 0) as {{ measure }}_difference,
        {%- endfor %}
        stated_as_of.min_confidence,
        stated_as_of.needs_review,
        case when stated_as_of.needs_review then 'pending' else 'auto_accepted' end as review_status
    from stated_as_of
    left join roster_counts
        on stated_as_of.report_key = roster_counts.report_key
        and stated_as_of.region_key = roster_counts.region_key
)

select * from final
