with

source as (
    select * from {{ source('roster', 'assignments') }}
),

renamed as (
    select
        -- provenance
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        {{ clean_text('sheet') }} as sheet_name,
        cast(row_number as integer) as source_row_number,
        cast(run_id as {{ dbt.type_string() }}) as run_id,
        cast(loaded_at as timestamp) as loaded_at,

        -- cadre (no clear ID number or phone ever reaches the warehouse)
        cast(id_hash as {{ dbt.type_string() }}) as cadre_id,
        {{ clean_text('cadre_name') }} as cadre_name,
        {{ clean_text('sex') }} as sex,
        cast(birth_date as date) as birth_date,
        cast(extract(year from birth_date) as integer) as birth_year,
        {{ clean_text('id_masked') }} as id_masked,
        cast(phone_hash as {{ dbt.type_string() }}) as phone_hash,
        {{ clean_text('phone_masked') }} as phone_masked,
        {{ clean_text('political_status') }} as political_status,
        {{ clean_text('dispatch_unit') }} as dispatch_unit_name,
        {{ clean_text('unit_post') }} as unit_post,

        -- role
        lower({{ clean_text('role_code') }}) as role_code,
        {{ clean_text('role_label') }} as role_label,

        -- where the cadre is stationed, names as written
        {{ clean_text('province') }} as province_name,
        {{ clean_text('city') }} as city_name,
        {{ clean_text('county') }} as county_name,
        {{ clean_text('township') }} as township_name,
        {{ clean_text('village') }} as village_name,

        -- period
        cast(start_date as date) as start_date,
        cast(end_date as date) as end_date
    from source
),

final as (
    select * from renamed
)

select * from final
