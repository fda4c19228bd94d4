{#
    One row per cadre (ID-number hash): the attributes of the most recently loaded roster row that
    names the cadre. snap_cadres keeps their history.
#}
with

roster_rows as (
    select * from {{ ref('stg_roster__assignments') }}
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
