{% set month_names_zh = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'] %}
{% set weekday_names_zh = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] %}

with

day_spine as (
    {{ dbt.date_spine(
        'day',
        "cast('" ~ var('dim_date_start') ~ "' as date)",
        dbt.dateadd('day', 1, "cast('" ~ var('dim_date_end') ~ "' as date)"),
    ) }}
),

days as (
    select cast(day_spine.date_day as date) as date_day
    from day_spine
    where cast(day_spine.date_day as date) <= cast('{{ var("dim_date_end") }}' as date)
),

parts as (
    select
        days.date_day,
        cast(extract(year from days.date_day) as integer) as year_number,
        cast(extract(quarter from days.date_day) as integer) as quarter_number,
        cast(extract(month from days.date_day) as integer) as month_number,
        cast(extract(day from days.date_day) as integer) as day_of_month,
        cast(extract(isodow from days.date_day) as integer) as weekday_number
    from days
),

labelled as (
    select
        {{ date_key('parts.date_day') }} as date_key,
        parts.date_day,
        parts.year_number,
        parts.quarter_number,
        parts.month_number,
        parts.day_of_month,
        parts.weekday_number,
        case parts.weekday_number
            {%- for name in weekday_names_zh %}
            when {{ loop.index }} then '{{ name }}'
            {%- endfor %}
        end as weekday_name_zh,
        parts.weekday_number >= 6 as is_weekend,
        case parts.month_number
            {%- for name in month_names_zh %}
            when {{ loop.index }} then '{{ name }}'
            {%- endfor %}
        end as month_name_zh,
        (
            cast(parts.year_number as {{ dbt.type_string() }}) || '年'
            || cast(parts.month_number as {{ dbt.type_string() }}) || '月'
        ) as year_month_label_zh,
        (
            cast(parts.year_number as {{ dbt.type_string() }}) || '年第'
            || cast(parts.quarter_number as {{ dbt.type_string() }}) || '季度'
        ) as year_quarter_label_zh
    from parts
),

unknown_member as (
    select
        {{ unknown_date_key() }} as date_key,
        cast(null as date) as date_day,
        cast(null as integer) as year_number,
        cast(null as integer) as quarter_number,
        cast(null as integer) as month_number,
        cast(null as integer) as day_of_month,
        cast(null as integer) as weekday_number,
        '未知' as weekday_name_zh,
        cast(null as boolean) as is_weekend,
        '未知' as month_name_zh,
        '未知' as year_month_label_zh,
        '未知' as year_quarter_label_zh
),

final as (
    select * from labelled
    union all
    select * from unknown_member
)

select * from final
