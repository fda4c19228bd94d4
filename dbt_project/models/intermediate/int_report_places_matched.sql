{#
    One row per distinct place the reports carry (place_id), keyed to the deepest dim_region member
    its parts name. The parts were resolved once, in Python, against the division gazetteer
    (flows/reports/place_parts.py): province, city, county (as the gazetteer spells them), township
    and village (as written), the adcode of the deepest division known, the level. Stewards'
    corrected places come resolved the same way (int_report_facts_reviewed, int_report_people_reviewed).
    Nothing here reads place text: the parts are used as they are.

    - A township or village that rosters added to dim_region: the member of that name under the parts'
      divisions (and, for a village, under the parts' township when they name one). A level counts
      only when exactly one member fits: two 东街村 in one county and no township leave the county.
    - Else the national division whose adcode the parts carry.
    - Else the unknown member. Reports add no members.

    A table, not a view: the report fact models, the report assignments and dim_report read it.
#}
{{ config(materialized='table') }}
with

facts as (
    select * from {{ ref('int_report_facts_reviewed') }}
),

people as (
    select * from {{ ref('int_report_people_reviewed') }}
),

documents as (
    select * from {{ ref('stg_report__documents') }}
),

region_members as (
    select * from {{ ref('int_region_members_listed') }}
    where region_key <> {{ unknown_key() }}
),

-- every distinct set of parts the reports carry ----------------------------------------------------
places as (
    select {{ place_part_columns('facts.') }}
    from facts

    union

    select {{ place_part_columns('people.') }}
    from people

    union

    select {{ place_part_columns('documents.') }}
    from documents
),

keyed as (
    select
        {{ place_id('places.') }} as place_id,
        places.*
    from places
),

-- townships and villages the rosters added, under the parts' divisions ---------------------------
local_candidates as (
    select
        keyed.place_id,
        region_members.region_key,
        region_members.level,
        case region_members.level when 'village' then 5 else 4 end as level_depth
    from keyed
    inner join region_members
        on (
            (
                region_members.level = 'village'
                and keyed.place_village_name = region_members.village_name
                and (
                    keyed.place_township_name is null
                    or keyed.place_township_name = region_members.township_name
                )
            )
            or (
                region_members.level = 'township'
                and keyed.place_township_name = region_members.township_name
            )
        )
        and (keyed.place_province_name is null or keyed.place_province_name = region_members.province_name)
        and (keyed.place_city_name is null or keyed.place_city_name = region_members.city_name)
        and (keyed.place_county_name is null or keyed.place_county_name = region_members.county_name)
    where keyed.place_adcode is not null
),

local_levels as (
    select
        place_id,
        level_depth,
        min(level) as level,
        min(region_key) as region_key,
        count(*) as member_count
    from local_candidates
    group by
        place_id,
        level_depth
),

local_picked as (
    select
        local_levels.*,
        row_number() over (
            partition by local_levels.place_id
            order by local_levels.level_depth desc
        ) as depth_rank
    from local_levels
    where local_levels.member_count = 1
),

local_resolved as (
    select * from local_picked
    where depth_rank = 1
),

-- the national division of the parts' adcode ------------------------------------------------------
national_resolved as (
    select
        keyed.place_id,
        region_members.region_key,
        region_members.level
    from keyed
    inner join region_members
        on keyed.place_adcode = region_members.adcode
        and region_members.is_national_division
),

final as (
    select
        keyed.place_id,

        -- the parts as resolved in Python
        keyed.place_province_name,
        keyed.place_city_name,
        keyed.place_county_name,
        keyed.place_township_name,
        keyed.place_village_name,
        keyed.place_adcode,
        keyed.place_level,

        -- the member
        coalesce(local_resolved.region_key, national_resolved.region_key, {{ unknown_key() }}) as region_key,
        coalesce(local_resolved.level, national_resolved.level, 'unknown') as region_level,
        case
            when coalesce(local_resolved.level, national_resolved.level) = keyed.place_level then 'exact'
            when coalesce(local_resolved.region_key, national_resolved.region_key) is not null then 'ancestor'
            else 'unmatched'
        end as match_status
    from keyed
    left join local_resolved
        on keyed.place_id = local_resolved.place_id
    left join national_resolved
        on keyed.place_id = national_resolved.place_id
)

select * from final
