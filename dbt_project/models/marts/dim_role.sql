with

role_seed as (
    select * from {{ ref('roles') }}
),

roles as (
    select
        {{ surrogate_key(['role_seed.role_code']) }} as role_key,
        role_seed.role_code,
        role_seed.role_name_zh,
        role_seed.role_name_en,
        role_seed.sort_order
    from role_seed
),

unknown_member as (
    select
        {{ unknown_key() }} as role_key,
        'unknown' as role_code,
        '未知' as role_name_zh,
        'Unknown' as role_name_en,
        99 as sort_order
),

final as (
    select * from roles
    union all
    select * from unknown_member
)

select * from final
