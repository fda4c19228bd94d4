with

documents as (
    select * from {{ ref('stg_report__documents') }}
),

places as (
    select * from {{ ref('int_report_places_matched') }}
),

reports as (
    select
        {{ surrogate_key(['documents.file_id']) }} as report_key,
        documents.file_id as report_id,
        documents.source_file,
        documents.report_type,
        documents.title,
        documents.report_date,
        {{ date_key('documents.report_date') }} as report_date_key,
        documents.region_name,
        coalesce(places.region_key, {{ unknown_key() }}) as region_key,
        documents.text_chars,
        documents.articles,
        documents.articles_kept,
        documents.loaded_at
    from documents
    left join places
        on {{ place_id('documents.') }} = places.place_id
),

unknown_member as (
    select
        {{ unknown_key() }} as report_key,
        {{ unknown_key() }} as report_id,
        cast(null as {{ dbt.type_string() }}) as source_file,
        'unknown' as report_type,
        '未知' as title,
        cast(null as date) as report_date,
        {{ unknown_date_key() }} as report_date_key,
        cast(null as {{ dbt.type_string() }}) as region_name,
        {{ unknown_key() }} as region_key,
        cast(null as integer) as text_chars,
        cast(null as integer) as articles,
        cast(null as integer) as articles_kept,
        cast(null as timestamp) as loaded_at
),

final as (
    select * from reports
    union all
    select * from unknown_member
)

select * from final
