{#
    One row per cadre (ID-number hash): the attributes of the most recently loaded roster row that
    names the cadre. snap_cadres keeps their history.

    Incremental (macros/incremental.sql): a night re-ranks only the people with a row in a changed file,
    and replaces all their rows (keyed by cadre_id: an assignment a file no longer holds goes too).
#}
{{ config(
    materialized='incremental',
    unique_key='cadre_id',
    post_hook="{{ roster_model_post_hooks('int_cadres_deduplicated', ref('stg_roster__assignments')) }}",
) }}
with

roster_rows as (
    select * from {{ ref('stg_roster__assignments') }}
    {% if is_incremental() %}
    where cadre_id in ({{ changed_roster_cadres('int_cadres_deduplicated', ref('stg_roster__assignments'), this) }})
    {% endif %}
),

ranked as (
    select
        roster_rows.*,
        row_number() over (
            partition by roster_rows.cadre_id
            order by
                roster_rows.loaded_at desc,
                roster_rows.start_date desc nulls last,
                roster_rows.file_id desc,
                roster_rows.sheet_name desc,
                roster_rows.source_row_number desc
        ) as recency_rank
    from roster_rows
),

latest as (
    select * from ranked
    where recency_rank = 1
),

final as (
    select
        cadre_id,
        cadre_name,
        sex,
        birth_year,
        id_masked,
        phone_masked,
        political_status,
        dispatch_unit_name,
        unit_post,
        file_id,
        source_file,
        loaded_at
    from latest
)

select * from final
