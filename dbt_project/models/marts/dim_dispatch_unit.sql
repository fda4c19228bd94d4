with

assignment_snapshot as (
    select * from {{ ref('snap_assignments') }}
),

-- every dispatching unit any assignment has ever named, including removed assignments
unit_names as (
    select distinct assignment_snapshot.dispatch_unit_name
    from assignment_snapshot
    where assignment_snapshot.dispatch_unit_name is not null
        -- a roster that writes 未知 means the unknown member
        and assignment_snapshot.dispatch_unit_name <> '未知'
),

units as (
    select
        {{ surrogate_key(['unit_names.dispatch_unit_name']) }} as dispatch_unit_key,
        unit_names.dispatch_unit_name,
        {{ dispatch_unit_type('unit_names.dispatch_unit_name') }} as unit_type
    from unit_names
),

unknown_member as (
    select
        {{ unknown_key() }} as dispatch_unit_key,
        '未知' as dispatch_unit_name,
        '未知' as unit_type
),

final as (
    select * from units
    union all
    select * from unknown_member
)

select * from final
