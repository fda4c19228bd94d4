with

source as (
    select * from {{ source('meta', 'review_decisions') }}
),

renamed as (
    select
        cast(record_id as {{ dbt.type_string() }}) as decision_record_id,
        {{ clean_text('decision_id') }} as decision_id,
        lower({{ clean_text('target_kind') }}) as target_kind,
        cast(file_id as {{ dbt.type_string() }}) as file_id,
        {{ clean_text('source_file') }} as source_file,
        cast(item_index as integer) as item_index,
        {{ clean_text('sheet') }} as sheet,
        lower({{ clean_text('action') }}) as decision_action,
        lower({{ clean_text('field') }}) as corrected_field,
        {{ clean_text('value_before') }} as value_before,
        {{ clean_text('value_after') }} as value_after,
        {{ clean_text('reviewer') }} as reviewer,
        {{ clean_text('reason') }} as decision_reason,
        lower({{ clean_text('source') }}) as decision_source,
        {{ clean_text('source_detail') }} as source_detail,
        cast(decided_at as timestamp) as decided_at,
        cast(run_id as {{ dbt.type_string() }}) as run_id,

        -- a corrected region or village, resolved when the decision was recorded
        {{ staged_place_parts() }}
    from source
),

final as (
    select * from renamed
)

select * from final
