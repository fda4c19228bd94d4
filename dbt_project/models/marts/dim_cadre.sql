{#
    Incremental: a night recomputes the versions snap_cadres began or ended since the last build
    (a version's key is its cadre and start, so every other row is as it was).
#}
{{ config(
    materialized='incremental',
    unique_key='cadre_key',
    post_hook="{{ record_build_mark('dim_cadre', reads_assignments=false) }}",
) }}
with

{% if is_incremental() %}
last_build as (
    select coalesce(max(build_marks.cadres_mark), cast('1900-01-01' as timestamp)) as cadres_mark
    from {{ build_marks_relation() }} as build_marks
    where build_marks.model_name = 'dim_cadre'
),
{% endif %}

cadre_snapshot as (
    select snap_cadres.* from {{ ref('snap_cadres') }} as snap_cadres
    {% if is_incremental() %}
    cross join last_build
    where greatest(snap_cadres.dbt_valid_from, coalesce(snap_cadres.dbt_valid_to, snap_cadres.dbt_valid_from))
        > last_build.cadres_mark
    {% endif %}
),

versions as (
    select
        {{ surrogate_key(['cadre_snapshot.cadre_id', 'cadre_snapshot.dbt_valid_from']) }} as cadre_key,
        cadre_snapshot.cadre_id,
        cadre_snapshot.cadre_name as name,
        cadre_snapshot.sex,
        cadre_snapshot.birth_year,
        cadre_snapshot.id_masked,
        cadre_snapshot.phone_masked,
        cadre_snapshot.political_status,
        cadre_snapshot.dispatch_unit_name,
        cadre_snapshot.unit_post,
        cadre_snapshot.dbt_valid_from as valid_from,
        cadre_snapshot.dbt_valid_to as valid_to,
        cadre_snapshot.dbt_valid_to is null as is_current
    from cadre_snapshot
),

unknown_member as (
    select
        {{ unknown_key() }} as cadre_key,
        {{ unknown_key() }} as cadre_id,
        '未知' as name,
        cast(null as {{ dbt.type_string() }}) as sex,
        cast(null as integer) as birth_year,
        cast(null as {{ dbt.type_string() }}) as id_masked,
        cast(null as {{ dbt.type_string() }}) as phone_masked,
        cast(null as {{ dbt.type_string() }}) as political_status,
        cast(null as {{ dbt.type_string() }}) as dispatch_unit_name,
        cast(null as {{ dbt.type_string() }}) as unit_post,
        cast(null as timestamp) as valid_from,
        cast(null as timestamp) as valid_to,
        true as is_current
),

final as (
    select * from versions
    union all
    select * from unknown_member
)

select * from final
