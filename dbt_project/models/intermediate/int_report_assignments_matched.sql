{#
    Assignments mentioned in reports (one per report, cadre name, place and role), matched to the
    rosters where that is safe, for fct_assignment's rows with source = 'report'.

    - assignment_id: md5 of 'report' | file_id | cadre name | county | township | village | role_code
      (as the report writes them). A person named twice in one report with the same place and role
      is one assignment; the mention with the highest confidence (then the first) speaks for it.
      The same person in two reports is two report assignments, each with its own evidence.
    - cadre_id: reports carry no ID number, so a roster cadre is matched by name and village: when
      exactly one roster cadre (any assignment, history included) has that name (current version)
      and was stationed in a village of that name, the report row gets that cadre; otherwise none
      (fct_assignment then points to the unknown cadre '-1'). Never a guess between namesakes.
    - region: the report's county, township and village resolved as one place by the extractor (in
      the report's context; a steward's corrected village re-resolved when recorded), keyed by
      int_report_places_matched.
    - review: people come from int_report_people_reviewed, stewards' corrections applied, with the one
      review rule of macros/review_status.sql.
#}
with

people as (
    select * from {{ ref('int_report_people_reviewed') }}
),

documents as (
    select * from {{ ref('stg_report__documents') }}
),

places as (
    select * from {{ ref('int_report_places_matched') }}
),

assignment_snapshot as (
    select * from {{ ref('snap_assignments') }}
),

cadre_snapshot as (
    select * from {{ ref('snap_cadres') }}
),

mentions as (
    select
        {{ surrogate_key([
            "'report'",
            'people.file_id',
            'people.cadre_name',
            'people.county_name',
            'people.township_name',
            'people.village_name',
            'people.role_code',
        ]) }} as assignment_id,
        people.*,
        documents.file_id as document_file_id,
        {{ place_id('people.') }} as place_id
    from people
    left join documents
        on people.file_id = documents.file_id
),

ranked as (
    select
        mentions.*,
        row_number() over (
            partition by mentions.assignment_id
            order by
                mentions.confidence desc,
                mentions.person_index asc
        ) as mention_rank
    from mentions
),

report_assignments as (
    select * from ranked
    where mention_rank = 1
),

-- roster cadres by current name and every village they were ever stationed in
roster_cadre_villages as (
    select distinct
        cadre_snapshot.cadre_name,
        assignment_snapshot.village_name,
        assignment_snapshot.cadre_id
    from assignment_snapshot
    inner join cadre_snapshot
        on assignment_snapshot.cadre_id = cadre_snapshot.cadre_id
        and cadre_snapshot.dbt_valid_to is null
),

roster_matches as (
    select
        report_assignments.assignment_id,
        count(distinct roster_cadre_villages.cadre_id) as matching_cadres,
        min(roster_cadre_villages.cadre_id) as matched_cadre_id
    from report_assignments
    inner join roster_cadre_villages
        on report_assignments.cadre_name = roster_cadre_villages.cadre_name
        and report_assignments.village_name = roster_cadre_villages.village_name
    group by report_assignments.assignment_id
),

final as (
    select
        report_assignments.assignment_id,
        case when roster_matches.matching_cadres = 1 then roster_matches.matched_cadre_id end as cadre_id,
        coalesce(roster_matches.matching_cadres, 0) as matching_roster_cadres,
        case
            when report_assignments.document_file_id is not null
                then {{ surrogate_key(['report_assignments.file_id']) }}
            else {{ unknown_key() }}
        end as report_key,
        coalesce(places.region_key, {{ unknown_key() }}) as region_key,

        -- the person as the report states it
        report_assignments.cadre_name,
        report_assignments.role_code,
        report_assignments.county_name,
        report_assignments.township_name,
        report_assignments.village_name,
        report_assignments.dispatch_unit_name,
        report_assignments.start_month,
        report_assignments.start_date,

        -- evidence and review
        report_assignments.evidence,
        report_assignments.confidence,
        report_assignments.needs_review,
        report_assignments.review_status,

        -- provenance
        report_assignments.file_id,
        report_assignments.source_file,
        report_assignments.person_index,
        report_assignments.run_id,
        report_assignments.loaded_at
    from report_assignments
    left join roster_matches
        on report_assignments.assignment_id = roster_matches.assignment_id
    left join places
        on report_assignments.place_id = places.place_id
)

select * from final
