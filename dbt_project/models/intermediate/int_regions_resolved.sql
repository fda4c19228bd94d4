{#
    Resolves every place an assignment names (province, city, county, township, village, as written)
    to members of dim_region.

    - Counties resolve by name against the national seed (exact or short form: 文水 → 文水县). When
      several seeded counties share the name (鼓楼区 ×4), the roster's province (weight 4) and city
      (weight 2) choose; an exact name beats a short form (weight 1). Only a unique best candidate
      counts; otherwise the county stays unresolved.
    - Without a resolved county, the city (or a county-level unit under a province, 济源市) and the
      province resolve the same way.
    - What the seed does not know becomes a new member with a path id under its nearest member:
      141121/开栅镇, 141121/开栅镇/东街村; with no resolved ancestor the path starts at the unknown
      member: -1/鼓楼区/某镇. Seeded members keep their adcode as id.

    Reads the assignment snapshot, not staging, so that an assignment removed from the rosters
    keeps its region.
#}
-- A table, not a view: fct_assignment, dim_region and a dozen tests read it; as a view each of them
-- recomputed it over every roster location.
{{ config(materialized='table') }}
with

assignment_snapshot as (
    select * from {{ ref('snap_assignments') }}
),

region_seed as (
    select * from {{ ref('regions') }}
),

locations as (
    select distinct
        province_name,
        city_name,
        county_name,
        township_name,
        village_name
    from assignment_snapshot
),

divisions as (
    select
        region_seed.*,
        left(region_seed.adcode, 2) || '0000' as province_adcode
    from region_seed
),

-- provinces ------------------------------------------------------------------------------------
province_places as (
    select distinct province_name
    from locations
    where province_name is not null
),

province_candidates as (
    select
        province_places.province_name,
        divisions.adcode,
        case when province_places.province_name = divisions.name then 1 else 0 end as match_score
    from province_places
    inner join divisions
        on divisions.level = 'province'
        and {{ region_name_matches('province_places.province_name', 'divisions.name') }}
),

province_ranked as (
    select
        province_candidates.*,
        rank() over (
            partition by province_candidates.province_name
            order by province_candidates.match_score desc
        ) as score_rank
    from province_candidates
),

province_best as (
    select
        province_ranked.*,
        count(*) over (partition by province_ranked.province_name) as best_count
    from province_ranked
    where province_ranked.score_rank = 1
),

province_resolved as (
    select
        province_name,
        adcode as province_adcode
    from province_best
    where best_count = 1
),

-- cities (and province-administered county-level units, written in the city column) ----------
city_places as (
    select distinct
        province_name,
        city_name
    from locations
    where city_name is not null
),

city_candidates as (
    select
        city_places.province_name,
        city_places.city_name,
        divisions.adcode,
        divisions.level,
        (
            case
                when city_places.province_name is not null
                    and {{ region_name_matches('city_places.province_name', 'divisions.province_name') }}
                    then 2
                else 0
            end
            + case when city_places.city_name = divisions.name then 1 else 0 end
        ) as match_score
    from city_places
    inner join divisions
        on (
            divisions.level = 'city'
            -- 济源市, 仙桃市, 石河子市 ...: not municipal districts, which would make 朝阳 ambiguous
            or (
                divisions.level = 'county'
                and divisions.city_name = '省直辖县级行政区划'
            )
        )
        and {{ region_name_matches('city_places.city_name', 'divisions.name') }}
),

city_ranked as (
    select
        city_candidates.*,
        rank() over (
            partition by city_candidates.province_name, city_candidates.city_name
            order by city_candidates.match_score desc
        ) as score_rank
    from city_candidates
),

city_best as (
    select
        city_ranked.*,
        count(*) over (partition by city_ranked.province_name, city_ranked.city_name) as best_count
    from city_ranked
    where city_ranked.score_rank = 1
),

city_resolved as (
    select
        province_name,
        city_name,
        adcode as city_match_adcode,
        level as city_match_level
    from city_best
    where best_count = 1
),

-- counties ---------------------------------------------------------------------------------------
county_places as (
    select distinct
        province_name,
        city_name,
        county_name
    from locations
    where county_name is not null
),

county_candidates as (
    select
        county_places.province_name,
        county_places.city_name,
        county_places.county_name,
        divisions.adcode,
        (
            case
                when county_places.province_name is not null
                    and {{ region_name_matches('county_places.province_name', 'divisions.province_name') }}
                    then 4
                else 0
            end
            + case
                when county_places.city_name is not null
                    and (
                        {{ region_name_matches('county_places.city_name', 'divisions.city_name') }}
                        or (
                            divisions.parent_adcode = divisions.province_adcode
                            and county_places.city_name in ('市辖区', '县', '市辖县', divisions.name)
                        )
                    )
                    then 2
                else 0
            end
            + case when county_places.county_name = divisions.name then 1 else 0 end
        ) as match_score
    from county_places
    inner join divisions
        on divisions.level = 'county'
        and {{ region_name_matches('county_places.county_name', 'divisions.name') }}
),

county_ranked as (
    select
        county_candidates.*,
        rank() over (
            partition by
                county_candidates.province_name,
                county_candidates.city_name,
                county_candidates.county_name
            order by county_candidates.match_score desc
        ) as score_rank
    from county_candidates
),

county_best as (
    select
        county_ranked.*,
        count(*) over (
            partition by
                county_ranked.province_name,
                county_ranked.city_name,
                county_ranked.county_name
        ) as best_count
    from county_ranked
    where county_ranked.score_rank = 1
),

county_resolved as (
    select
        province_name,
        city_name,
        county_name,
        adcode as county_adcode
    from county_best
    where best_count = 1
),

-- the deepest seeded member of each place ------------------------------------------------------
matched as (
    select
        locations.*,
        province_resolved.province_adcode as matched_province_adcode,
        city_resolved.city_match_adcode,
        city_resolved.city_match_level,
        county_resolved.county_adcode as matched_county_adcode
    from locations
    left join province_resolved
        on locations.province_name = province_resolved.province_name
    left join city_resolved
        on locations.province_name is not distinct from city_resolved.province_name
        and locations.city_name = city_resolved.city_name
    left join county_resolved
        on locations.province_name is not distinct from county_resolved.province_name
        and locations.city_name is not distinct from county_resolved.city_name
        and locations.county_name = county_resolved.county_name
),

seeded_county as (
    select
        matched.*,
        coalesce(
            matched.matched_county_adcode,
            case
                when matched.county_name is null and matched.city_match_level = 'county'
                    then matched.city_match_adcode
            end
        ) as county_adcode
    from matched
),

seeded as (
    select
        seeded_county.*,
        case
            when seeded_county.county_adcode is not null
                then county_seed.province_adcode
            when seeded_county.city_match_level = 'city'
                then city_seed.province_adcode
            else seeded_county.matched_province_adcode
        end as province_adcode,
        case
            when seeded_county.county_adcode is not null
                then nullif(county_seed.parent_adcode, county_seed.province_adcode)
            when seeded_county.city_match_level = 'city'
                then seeded_county.city_match_adcode
        end as city_adcode,
        county_seed.name as seeded_county_name,
        county_seed.city_name as seeded_county_city_name
    from seeded_county
    left join divisions as county_seed
        on seeded_county.county_adcode = county_seed.adcode
    -- an equi-join on an expression: a test of the left side alone in a left join's on clause makes
    -- DuckDB compare every place with every division (a nested loop)
    left join divisions as city_seed
        on case when seeded_county.city_match_level = 'city' then seeded_county.city_match_adcode end
        = city_seed.adcode
),

named as (
    select
        seeded.*,
        coalesce(province_seed.name, seeded.province_name) as resolved_province_name,
        city_seed.name as seeded_city_name
    from seeded
    left join divisions as province_seed
        on seeded.province_adcode = province_seed.adcode
    left join divisions as city_seed
        on seeded.city_adcode = city_seed.adcode
),

-- region ids: adcodes for seeded members, paths for the rest ---------------------------------
province_ids as (
    select
        named.*,
        coalesce(
            named.province_adcode,
            case when named.province_name is not null then '-1/' || named.province_name end
        ) as province_region_id
    from named
),

city_ids as (
    select
        province_ids.*,
        case
            when province_ids.city_adcode is not null
                then province_ids.city_adcode
            -- a county directly under its province: the roster's city text is not a member
            when province_ids.county_adcode is not null
                then null
            when province_ids.city_name is null
                then null
            -- 北京市 written again as the city, or a statistical label rather than a city
            when province_ids.city_name in (
                    province_ids.resolved_province_name,
                    province_ids.province_name,
                    '市辖区',
                    '县',
                    '市辖县',
                    '省直辖县级行政区划'
                )
                then null
            else coalesce(province_ids.province_region_id, '-1') || '/' || province_ids.city_name
        end as city_region_id
    from province_ids
),

county_ids as (
    select
        city_ids.*,
        case
            when city_ids.county_adcode is not null
                then city_ids.county_adcode
            -- 东莞市 written again as the county of a city without counties
            when city_ids.county_name in (city_ids.city_name, city_ids.seeded_city_name)
                then null
            when city_ids.county_name is not null
                then coalesce(city_ids.city_region_id, city_ids.province_region_id, '-1') || '/' || city_ids.county_name
        end as county_region_id
    from city_ids
),

township_ids as (
    select
        county_ids.*,
        case
            when county_ids.township_name is not null
                then coalesce(
                    county_ids.county_region_id,
                    county_ids.city_region_id,
                    county_ids.province_region_id,
                    '-1'
                ) || '/' || county_ids.township_name
        end as township_region_id
    from county_ids
),

village_ids as (
    select
        township_ids.*,
        coalesce(
            township_ids.township_region_id,
            township_ids.county_region_id,
            township_ids.city_region_id,
            township_ids.province_region_id,
            '-1'
        ) || '/' || township_ids.village_name as village_region_id
    from township_ids
),

final as (
    select
        {{ surrogate_key([
            'province_name',
            'city_name',
            'county_name',
            'township_name',
            'village_name',
        ]) }} as location_id,

        -- as written
        province_name,
        city_name,
        county_name,
        township_name,
        village_name,

        -- resolved
        province_adcode,
        city_adcode,
        county_adcode,
        county_adcode is not null as is_county_resolved,
        province_region_id,
        city_region_id,
        county_region_id,
        township_region_id,
        village_region_id,
        case when province_region_id is not null then resolved_province_name end as resolved_province_name,
        case
            when city_adcode is not null then seeded_city_name
            when county_adcode is not null then seeded_county_city_name
            when city_region_id is not null then city_name
        end as resolved_city_name,
        case when county_region_id is not null then coalesce(seeded_county_name, county_name) end
            as resolved_county_name
    from village_ids
)

select * from final
