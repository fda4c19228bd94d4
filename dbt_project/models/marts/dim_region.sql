{#
    The national divisions of the seed (province, city, county, with adcodes) plus what rosters add:
    townships and villages, and any province/city/county the seed could not match (adcode null,
    path id). The members are listed in int_region_members_listed (also read by the report place
    resolution); see int_regions_resolved for the matching rules.
#}
with

region_members as (
    select * from {{ ref('int_region_members_listed') }}
),

final as (
    select
        region_key,
        region_id,
        adcode,
        region_name,
        level,
        level_zh,
        parent_region_key,
        parent_region_id,
        province_name,
        city_name,
        county_name,
        township_name,
        village_name,
        full_name,
        is_national_division
    from region_members
)

select * from final
