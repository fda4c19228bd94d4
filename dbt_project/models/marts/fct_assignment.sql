{#
    One row per assignment: a cadre stationed in one village in one role for one period.

    Built from the assignment snapshot, so assignments removed from the rosters stay, with
    is_current false, valid_to the time they disappeared, and end_date the roster's end date if it
    had passed by then, else the day they disappeared (never before start_date): a cadre recalled
    before the planned end of the term ended when the rosters dropped them. A current assignment's
    end date after the run date is the planned end of a serving cadre's term (end_date_is_planned). Attributes come from the latest
    version; provenance (file, load time) from the latest roster row while the assignment is on a
    roster. The cadre version is the one in effect while the assignment was last seen.

    Assignments that reports mention are added with source = 'report' (report_assignments, from
    int_report_assignments_matched): the cadre is the roster cadre matched by name and village when
    exactly one matches, else the unknown member; the region is the deepest dim_region member the
    report's place resolves to (not always a village); is_current is false (a report is evidence
    that the assignment existed, not that it is current on the rosters). Roster rows carry no
    evidence, confidence 1.0 and review_status auto_accepted: rosters are the authority.

    Incremental: a night recomputes the roster rows whose inputs can have changed since the last build
    (affected_assignments: a snapshot version begun or ended, the cadre's versions changed, the latest
    roster row moved to another file, or the run date moved a planned end or a removal) and every
    report row (the pre-hook deletes them: a report taken back leaves none). Every other row's inputs
    are as they were, so the table equals a full build's (tests/integration/test_nightly_flow.py,
    test_incremental_nights_build_the_marts_a_full_rebuild_builds).
#}
{{ config(
    materialized='incremental',
    unique_key='assignment_key',
    pre_hook="{% if is_incremental() %}delete from {{ this }} where source = 'report'{% endif %}",
    post_hook="{{ record_build_mark('fct_assignment') }}",
) }}
with

{% if is_incremental() %}
last_build as (
    select
        coalesce(max(build_marks.assignments_mark), cast('1900-01-01' as timestamp)) as assignments_mark,
        coalesce(max(build_marks.cadres_mark), cast('1900-01-01' as timestamp)) as cadres_mark,
        coalesce(max(build_marks.run_date), {{ run_date() }}) as run_date
    from {{ build_marks_relation() }} as build_marks
    where build_marks.model_name = 'fct_assignment'
),

snapshot_changes as (
    select snap.assignment_id
    from {{ ref('snap_assignments') }} as snap
    cross join last_build
    where greatest(snap.dbt_valid_from, coalesce(snap.dbt_valid_to, snap.dbt_valid_from)) > last_build.assignments_mark
),

cadre_changes as (
    select snap.assignment_id
    from {{ ref('snap_assignments') }} as snap
    where snap.cadre_id in (
            select cadres.cadre_id
            from {{ ref('snap_cadres') }} as cadres
            cross join last_build
            where greatest(cadres.dbt_valid_from, coalesce(cadres.dbt_valid_to, cadres.dbt_valid_from))
                > last_build.cadres_mark
        )
),

-- the latest roster row of an assignment moved (a new or re-sent file): its provenance changes
provenance_changes as (
    select latest.assignment_id
    from {{ ref('int_assignments_deduplicated') }} as latest
    left join {{ this }} as built
        on latest.assignment_id = built.assignment_id
        and built.source = 'roster'
    where built.assignment_id is null
        or built.file_id is distinct from latest.file_id
        or built.source_file is distinct from latest.source_file
        or built.loaded_at is distinct from latest.loaded_at
),

-- rows the run date reaches: a planned end now past, and removals later than either night's date
run_date_changes as (
    select built.assignment_id
    from {{ this }} as built
    cross join last_build
    where built.source = 'roster'
        and (
            (built.is_current and built.end_date_is_planned <> coalesce(built.end_date > {{ run_date() }}, false))
            or (
                not built.is_current
                and cast(built.valid_to as date) > least(last_build.run_date, {{ run_date() }})
            )
        )
),

affected_assignments as (
    select assignment_id from snapshot_changes
    union
    select assignment_id from cadre_changes
    union
    select assignment_id from provenance_changes
    union
    select assignment_id from run_date_changes
),
{% endif %}

assignment_snapshot as (
    select snap_assignments.* from {{ ref('snap_assignments') }} as snap_assignments
    {% if is_incremental() %}
    where snap_assignments.assignment_id in (select affected.assignment_id from affected_assignments as affected)
    {% endif %}
),

current_assignments as (
    select latest.* from {{ ref('int_assignments_deduplicated') }} as latest
    {% if is_incremental() %}
    where latest.assignment_id in (select affected.assignment_id from affected_assignments as affected)
    {% endif %}
),

locations as (
    select * from {{ ref('int_regions_resolved') }}
),

dim_cadre as (
    select * from {{ ref('dim_cadre') }}
),

dim_region as (
    select * from {{ ref('dim_region') }}
),

dim_dispatch_unit as (
    select * from {{ ref('dim_dispatch_unit') }}
),

dim_role as (
    select * from {{ ref('dim_role') }}
),

report_mentions as (
    select * from {{ ref('int_report_assignments_matched') }}
),

versions as (
    select
        assignment_snapshot.*,
        min(assignment_snapshot.dbt_valid_from) over (
            partition by assignment_snapshot.assignment_id
        ) as first_valid_from,
        row_number() over (
            partition by assignment_snapshot.assignment_id
            order by assignment_snapshot.dbt_valid_from desc
        ) as version_rank
    from assignment_snapshot
),

latest_versions as (
    select
        versions.*,
        versions.dbt_valid_to is null as is_current,
        {{ surrogate_key([
            'versions.province_name',
            'versions.city_name',
            'versions.county_name',
            'versions.township_name',
            'versions.village_name',
        ]) }} as location_id
    from versions
    where versions.version_rank = 1
),

with_removal as (
    select
        latest_versions.*,
        -- The day the rosters dropped it: the snapshot's clock, but never after the run date (a night
        -- replayed with a past run date drops it on that night, not on the day of the replay).
        least(cast(latest_versions.dbt_valid_to as date), {{ run_date() }}) as removed_on
    from latest_versions
),

with_period as (
    select
        with_removal.*,
        case
            when with_removal.is_current
                then with_removal.end_date
            when with_removal.end_date <= with_removal.removed_on
                then with_removal.end_date
            -- removed from the rosters before its (planned) end or without one: it ended the day it disappeared
            when with_removal.start_date > with_removal.removed_on
                then with_removal.start_date
            else with_removal.removed_on
        end as effective_end_date
    from with_removal
),

with_provenance as (
    select
        with_period.*,
        coalesce(current_assignments.file_id, with_period.file_id) as latest_file_id,
        coalesce(current_assignments.source_file, with_period.source_file) as latest_source_file,
        coalesce(current_assignments.loaded_at, with_period.loaded_at) as latest_loaded_at
    from with_period
    left join current_assignments
        on with_period.assignment_id = current_assignments.assignment_id
),

-- the cadre version in effect when the assignment was last seen (now, if still current). Joined on
-- cadre_id alone and filtered after: the same test in a left join's on clause makes DuckDB compare
-- every assignment with every cadre version (a nested loop that did not finish at a million rows).
cadre_as_of as (
    select
        with_provenance.assignment_id,
        dim_cadre.cadre_key
    from with_provenance
    inner join dim_cadre
        on with_provenance.cadre_id = dim_cadre.cadre_id
    where
        (with_provenance.is_current and dim_cadre.is_current)
        or (
            not with_provenance.is_current
            and with_provenance.dbt_valid_to >= dim_cadre.valid_from
            and (dim_cadre.valid_to is null or with_provenance.dbt_valid_to < dim_cadre.valid_to)
        )
),

with_cadre as (
    select
        with_provenance.*,
        coalesce(cadre_as_of.cadre_key, cadre_current.cadre_key, {{ unknown_key() }}) as cadre_key
    from with_provenance
    left join cadre_as_of
        on with_provenance.assignment_id = cadre_as_of.assignment_id
    left join dim_cadre as cadre_current
        on with_provenance.cadre_id = cadre_current.cadre_id
        and cadre_current.is_current
),

with_region as (
    select
        with_cadre.*,
        coalesce(dim_region.region_key, {{ unknown_key() }}) as region_key
    from with_cadre
    left join locations
        on with_cadre.location_id = locations.location_id
    left join dim_region
        on locations.village_region_id = dim_region.region_id
),

with_unit_and_role as (
    select
        with_region.*,
        coalesce(dim_dispatch_unit.dispatch_unit_key, {{ unknown_key() }}) as dispatch_unit_key,
        coalesce(dim_role.role_key, {{ unknown_key() }}) as role_key
    from with_region
    left join dim_dispatch_unit
        on with_region.dispatch_unit_name = dim_dispatch_unit.dispatch_unit_name
        and dim_dispatch_unit.dispatch_unit_key <> {{ unknown_key() }}
    left join dim_role
        on with_region.role_code = dim_role.role_code
        and dim_role.role_key <> {{ unknown_key() }}
),

roster_assignments as (
    select
        {{ surrogate_key(['assignment_id']) }} as assignment_key,
        assignment_id,
        cadre_key,
        region_key,
        dispatch_unit_key,
        role_key,
        {{ unknown_key() }} as report_key,
        {{ date_key('start_date') }} as start_date_key,
        {{ date_key('effective_end_date') }} as end_date_key,
        start_date,
        effective_end_date as end_date,
        is_current and coalesce(effective_end_date > {{ run_date() }}, false) as end_date_is_planned,
        role_label,
        is_current,
        first_valid_from as valid_from,
        dbt_valid_to as valid_to,
        'roster' as source,
        cast(null as {{ dbt.type_string() }}) as evidence,
        cast(1.0 as double precision) as confidence,
        false as needs_review,
        'auto_accepted' as review_status,
        latest_source_file as source_file,
        latest_file_id as file_id,
        latest_loaded_at as loaded_at
    from with_unit_and_role
),

-- assignments that reports mention (source = 'report') -----------------------------------------
report_assignments as (
    select
        {{ surrogate_key(['report_mentions.assignment_id']) }} as assignment_key,
        report_mentions.assignment_id,
        coalesce(dim_cadre.cadre_key, {{ unknown_key() }}) as cadre_key,
        report_mentions.region_key,
        coalesce(dim_dispatch_unit.dispatch_unit_key, {{ unknown_key() }}) as dispatch_unit_key,
        coalesce(dim_role.role_key, {{ unknown_key() }}) as role_key,
        report_mentions.report_key,
        {{ date_key('report_mentions.start_date') }} as start_date_key,
        {{ unknown_date_key() }} as end_date_key,
        report_mentions.start_date,
        cast(null as date) as end_date,
        false as end_date_is_planned,
        cast(null as {{ dbt.type_string() }}) as role_label,
        false as is_current,
        report_mentions.loaded_at as valid_from,
        cast(null as timestamp) as valid_to,
        'report' as source,
        report_mentions.evidence,
        report_mentions.confidence,
        report_mentions.needs_review,
        report_mentions.review_status,
        report_mentions.source_file,
        report_mentions.file_id,
        report_mentions.loaded_at
    from report_mentions
    left join dim_cadre
        on report_mentions.cadre_id = dim_cadre.cadre_id
        and dim_cadre.is_current
        and dim_cadre.cadre_key <> {{ unknown_key() }}
    left join dim_dispatch_unit
        on report_mentions.dispatch_unit_name = dim_dispatch_unit.dispatch_unit_name
        and dim_dispatch_unit.dispatch_unit_key <> {{ unknown_key() }}
    left join dim_role
        on report_mentions.role_code = dim_role.role_code
        and dim_role.role_key <> {{ unknown_key() }}
),

final as (
    select * from roster_assignments
    union all
    select * from report_assignments
)

select * from final
