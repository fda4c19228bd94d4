{#
    The kind of a dispatching unit (派出单位), from keywords in its name. First matching rule wins,
    so the order matters: companies before the generic 局 (a 供电局 is a state-owned grid company),
    courts before the generic 院, institutions (中心, 医院, 学校) before the generic 局/委/办 of the
    government body they belong to.
#}
{% macro dispatch_unit_type_rules() -%}
    {{ return([
        ('国有企业', ['公司', '集团', '银行', '供电', '烟草']),
        ('党政机关', ['法院', '检察院']),
        ('事业单位', ['学校', '大学', '学院', '中学', '小学', '幼儿园', '医院', '卫生院', '中心', '研究院',
                    '研究所', '党校', '报社', '电视台', '广播', '站', '馆']),
        ('党政机关', ['人民政府', '政府', '委员会', '党委', '纪委', '监委', '人大', '政协', '街道办事处', '局', '厅',
                    '办公室', '部', '委', '办', '机关']),
    ]) }}
{%- endmacro %}

{% macro dispatch_unit_type(column) -%}
    case
        when {{ column }} is null then '未知'
        {%- for unit_type, keywords in dispatch_unit_type_rules() %}
        when {% for keyword in keywords %}{{ column }} like '%{{ keyword }}%'{% if not loop.last %} or {% endif %}{% endfor %}
            then '{{ unit_type }}'
        {%- endfor %}
        else '其他'
    end
{%- endmacro %}
