{#
    Every member of the region dimension: the national divisions of the seed (province, city,
    county, with adcodes) plus what rosters add: townships and villages, and any province/city/county
    the seed could not match (adcode null, path id), and the unknown member. See int_regions_resolved
    for the matching rules. dim_region publishes it; intermediate models that need the members (the
    report place resolution) read it here, never the mart.
#}
-- A table, not a view: fct_assignment, dim_region and a dozen tests read it; as a view each of them
-- recomputed it over every roster location.
{{ config(materialized='table') }}
with

region_seed as (
    select * from {{ ref('regions') }}
),

locations as (
    select * from {{ ref('int_regions_resolved') }}
),

national_divisions as (
    select
        region_seed.adcode as region_id,
        region_seed.adcode,
        region_seed.name as region_name,
        region_seed.level,
        region_seed.parent_adcode as parent_region_id,
        region_seed.province_name,
        region_seed.city_name,
        region_seed.county_name,
        cast(null as {{ dbt.type_string() }}) as township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        true as is_national_division
    from region_seed
),

-- provinces, cities and counties the seed does not know (their ids are paths, so contain '/')
unmatched_provinces as (
    select distinct
        locations.province_region_id as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        locations.province_name as region_name,
        'province' as level,
        {{ unknown_key() }} as parent_region_id,
        locations.resolved_province_name as province_name,
        cast(null as {{ dbt.type_string() }}) as city_name,
        cast(null as {{ dbt.type_string() }}) as county_name,
        cast(null as {{ dbt.type_string() }}) as township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        false as is_national_division
    from locations
    where locations.province_region_id like '%/%'
),

unmatched_cities as (
    select distinct
        locations.city_region_id as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        locations.city_name as region_name,
        'city' as level,
        coalesce(locations.province_region_id, {{ unknown_key() }}) as parent_region_id,
        locations.resolved_province_name as province_name,
        locations.resolved_city_name as city_name,
        cast(null as {{ dbt.type_string() }}) as county_name,
        cast(null as {{ dbt.type_string() }}) as township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        false as is_national_division
    from locations
    where locations.city_region_id like '%/%'
),

unmatched_counties as (
    select distinct
        locations.county_region_id as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        locations.county_name as region_name,
        'county' as level,
        coalesce(locations.city_region_id, locations.province_region_id, {{ unknown_key() }}) as parent_region_id,
        locations.resolved_province_name as province_name,
        locations.resolved_city_name as city_name,
        locations.resolved_county_name as county_name,
        cast(null as {{ dbt.type_string() }}) as township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        false as is_national_division
    from locations
    where locations.county_region_id like '%/%'
),

townships as (
    select distinct
        locations.township_region_id as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        locations.township_name as region_name,
        'township' as level,
        coalesce(
            locations.county_region_id,
            locations.city_region_id,
            locations.province_region_id,
            {{ unknown_key() }}
        ) as parent_region_id,
        locations.resolved_province_name as province_name,
        locations.resolved_city_name as city_name,
        locations.resolved_county_name as county_name,
        locations.township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        false as is_national_division
    from locations
    where locations.township_region_id is not null
),

villages as (
    select distinct
        locations.village_region_id as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        locations.village_name as region_name,
        'village' as level,
        coalesce(
            locations.township_region_id,
            locations.county_region_id,
            locations.city_region_id,
            locations.province_region_id,
            {{ unknown_key() }}
        ) as parent_region_id,
        locations.resolved_province_name as province_name,
        locations.resolved_city_name as city_name,
        locations.resolved_county_name as county_name,
        locations.township_name,
        locations.village_name,
        false as is_national_division
    from locations
),

members as (
    select * from national_divisions
    union all
    select * from unmatched_provinces
    union all
    select * from unmatched_cities
    union all
    select * from unmatched_counties
    union all
    select * from townships
    union all
    select * from villages
),

keyed as (
    select
        {{ surrogate_key(['members.region_id']) }} as region_key,
        members.region_id,
        members.adcode,
        members.region_name,
        members.level,
        case members.level
            when 'province' then '省级'
            when 'city' then '地级'
            when 'county' then '县级'
            when 'township' then '乡级'
            when 'village' then '村级'
        end as level_zh,
        case
            when members.parent_region_id is null then null
            when members.parent_region_id = {{ unknown_key() }} then {{ unknown_key() }}
            else {{ surrogate_key(['members.parent_region_id']) }}
        end as parent_region_key,
        members.parent_region_id,
        members.province_name,
        members.city_name,
        members.county_name,
        members.township_name,
        members.village_name,
        concat_ws(
            '',
            members.province_name,
            case
                when members.city_name not in (members.province_name, '省直辖县级行政区划')
                    then members.city_name
            end,
            members.county_name,
            members.township_name,
            members.village_name
        ) as full_name,
        members.is_national_division
    from members
),

unknown_member as (
    select
        {{ unknown_key() }} as region_key,
        {{ unknown_key() }} as region_id,
        cast(null as {{ dbt.type_string() }}) as adcode,
        '未知' as region_name,
        'unknown' as level,
        '未知' as level_zh,
        cast(null as {{ dbt.type_string() }}) as parent_region_key,
        cast(null as {{ dbt.type_string() }}) as parent_region_id,
        cast(null as {{ dbt.type_string() }}) as province_name,
        cast(null as {{ dbt.type_string() }}) as city_name,
        cast(null as {{ dbt.type_string() }}) as county_name,
        cast(null as {{ dbt.type_string() }}) as township_name,
        cast(null as {{ dbt.type_string() }}) as village_name,
        '未知' as full_name,
        false as is_national_division
),

final as (
    select * from keyed
    union all
    select * from unknown_member
)

select * from final
