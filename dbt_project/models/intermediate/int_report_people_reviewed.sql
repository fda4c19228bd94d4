{#
    Every stationed cadre a report names, with the stewards' decisions applied: a corrected name,
    role or village replaces the extracted one (kept beside it; a corrected village brings its place
    parts, resolved in Python when the decision was recorded), and review_status follows the one
    rule of macros/review_status.sql.
#}
with

people as (
    select * from {{ ref('stg_report__people') }}
),

decisions as (
    select * from {{ ref('int_review_decisions_summarised') }}
    where target_kind = 'person'
),

reviewed as (
    select
        people.*,
        decisions.decision_id,
        decisions.decision_action,
        decisions.reviewer,
        decisions.decided_at,
        decisions.corrected_name,
        decisions.corrected_role,
        decisions.corrected_village,
        {{ place_part_columns('decisions.corrected_') }}
    from people
    left join decisions
        on people.file_id = decisions.file_id
        and people.person_index = decisions.item_index
),

final as (
    select
        file_id,
        source_file,
        person_index,
        run_id,
        loaded_at,
        coalesce(corrected_name, cadre_name) as cadre_name,
        coalesce(corrected_role, role_code) as role_code,
        county_name,
        township_name,
        coalesce(corrected_village, village_name) as village_name,
        {{ reviewed_place_parts() }},
        dispatch_unit_name,
        start_month,
        start_date,
        evidence,
        char_start,
        char_end,
        confidence,
        cadre_name as extracted_cadre_name,
        role_code as extracted_role_code,
        village_name as extracted_village_name,
        decision_id,
        reviewer,
        decided_at,
        {{ needs_review('confidence', 'decision_action') }} as needs_review,
        {{ review_status('confidence', 'decision_action') }} as review_status
    from reviewed
)

select * from final
