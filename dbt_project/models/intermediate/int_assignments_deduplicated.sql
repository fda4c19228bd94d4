{#
    The same cadre in the same role in the same village from the same start date is one assignment,
    however many roster files (or rows) repeat it; the most recently loaded row speaks for it.
    assignment_id is the natural key: md5 of cadre_id | province | city | county | township |
    village | role_code | start_date (names as written, trimmed).

    Incremental (macros/incremental.sql): a night re-ranks only the people with a row in a changed file,
    and replaces all their rows (keyed by cadre_id: an assignment a file no longer holds goes too).
#}
{{ config(
    materialized='incremental',
    unique_key='cadre_id',
    post_hook="{{ roster_model_post_hooks('int_assignments_deduplicated', ref('stg_roster__assignments')) }}",
) }}
with

roster_rows as (
    select * from {{ ref('stg_roster__assignments') }}
    {% if is_incremental() %}
    where cadre_id in (
            {{ changed_roster_cadres('int_assignments_deduplicated', ref('stg_roster__assignments'), this) }}
        )
    {% endif %}
),

keyed as (
    select
        {{ surrogate_key([
            'roster_rows.cadre_id',
            'roster_rows.province_name',
            'roster_rows.city_name',
            'roster_rows.county_name',
            'roster_rows.township_name',
            'roster_rows.village_name',
            'roster_rows.role_code',
            'roster_rows.start_date',
        ]) }} as assignment_id,
        roster_rows.*
    from roster_rows
),

ranked as (
    select
        keyed.*,
        row_number() over (
            partition by keyed.assignment_id
            order by
                keyed.loaded_at desc,
                keyed.file_id desc,
                keyed.sheet_name desc,
                keyed.source_row_number desc
        ) as recency_rank
    from keyed
),

latest as (
    select * from ranked
    where recency_rank = 1
),

final as (
    select
        assignment_id,
        cadre_id,
        role_code,
        role_label,
        province_name,
        city_name,
        county_name,
        township_name,
        village_name,
        dispatch_unit_name,
        unit_post,
        start_date,
        end_date,
        file_id,
        source_file,
        sheet_name,
        source_row_number,
        run_id,
        loaded_at
    from latest
)

select * from final
