{#
    One row per reviewed item (a report's fact or person, by file and index): the action of the
    latest decision on it (the one in effect), and for each field a steward corrected the value of
    the latest correction of that field. A later accept keeps earlier corrections (the steward
    accepts the corrected item); a later reject wins over them. A corrected region or village carries
    its place parts, resolved by the extractor's resolver when the decision was recorded. Header-cell decisions are for the
    Python header matcher and are not here.
#}
with

decisions as (
    select * from {{ ref('stg_meta__review_decisions') }}
    where target_kind in ('fact', 'person')
),

ranked as (
    select
        decisions.*,
        row_number() over (
            partition by decisions.target_kind, decisions.file_id, decisions.item_index
            order by decisions.decided_at desc, decisions.decision_record_id desc
        ) as decision_rank,
        row_number() over (
            partition by decisions.target_kind, decisions.file_id, decisions.item_index, decisions.corrected_field
            order by decisions.decided_at desc, decisions.decision_record_id desc
        ) as field_rank
    from decisions
),

latest_corrections as (
    select * from ranked
    where decision_action = 'correct'
        and field_rank = 1
),

latest_decisions as (
    select * from ranked
    where decision_rank = 1
),

corrections as (
    select
        target_kind,
        file_id,
        item_index,
        max(case when corrected_field = 'value' then value_after end) as corrected_value,
        max(case when corrected_field = 'unit' then value_after end) as corrected_unit,
        max(case when corrected_field = 'region' then value_after end) as corrected_region,
        max(case when corrected_field = 'metric' then value_after end) as corrected_metric,
        max(case when corrected_field = 'name' then value_after end) as corrected_name,
        max(case when corrected_field = 'role' then value_after end) as corrected_role,
        max(case when corrected_field = 'village' then value_after end) as corrected_village,
        -- the corrected region's (a fact) or village's (a person) parts: one such field per item kind
        {%- for column in ['place_province_name', 'place_city_name', 'place_county_name', 'place_township_name',
                           'place_village_name', 'place_adcode', 'place_level'] %}
        max(case when corrected_field in ('region', 'village') then {{ column }} end) as corrected_{{ column }}
        {%- if not loop.last %},{% endif %}
        {%- endfor %}
    from latest_corrections
    group by
        target_kind,
        file_id,
        item_index
),

final as (
    select
        latest_decisions.target_kind,
        latest_decisions.file_id,
        latest_decisions.item_index,
        latest_decisions.decision_id,
        latest_decisions.decision_action,
        latest_decisions.reviewer,
        latest_decisions.decided_at,
        corrections.corrected_value,
        corrections.corrected_unit,
        corrections.corrected_region,
        corrections.corrected_metric,
        corrections.corrected_name,
        corrections.corrected_role,
        corrections.corrected_village,
        {%- for column in ['place_province_name', 'place_city_name', 'place_county_name', 'place_township_name',
                           'place_village_name', 'place_adcode', 'place_level'] %}
        corrections.corrected_{{ column }}{% if not loop.last %},{% endif %}
        {%- endfor %}
    from latest_decisions
    left join corrections
        on latest_decisions.target_kind = corrections.target_kind
        and latest_decisions.file_id = corrections.file_id
        and latest_decisions.item_index = corrections.item_index
)

select * from final
