{#
    Incremental roster models: a night with one new county file rebuilds the rows it can change, not
    every row (issue 10). The nightly passes --full-refresh when the project or dbt changed
    (flows/warehouse/build_state.py), so incremental SQL only ever has to follow new data.

    Rows reach and leave raw.roster__assignments by file: a new or re-sent file (a re-sent one replaces
    its rows under the same name, flows/warehouse/loader.py), a file read again, and the conflict pass
    moving rows of a file to quarantine (flows/warehouse/conflicts.py). Each of them changes a file's
    (source_file, file_id, last loaded_at, raw rows), recorded at each build per model
    (incremental_roster_files); only the people with a row in a changed file, or whose built row came
    from one, can have another latest row.
#}

{% macro roster_files_relation() -%}
    intermediate.incremental_roster_files
{%- endmacro %}

{% macro roster_files(roster_rows) -%}
    select source_file, file_id, max(loaded_at) as loaded_at, count(*) as raw_rows
    from {{ roster_rows }}
    group by source_file, file_id
{%- endmacro %}

{#- cadre_ids with a row in a file that changed since `model_name` was last built, or whose row in
    `built` (the model's own table) came from one. -#}
{% macro changed_roster_cadres(model_name, roster_rows, built) -%}
    with recorded as (
        select source_file, file_id, loaded_at, raw_rows
        from {{ roster_files_relation() }}
        where model_name = '{{ model_name }}'
    ),
    loaded as (
        {{ roster_files(roster_rows) }}
    ),
    changed_files as (
        select source_file, file_id from (select * from loaded except select * from recorded) as appeared
        union
        select source_file, file_id from (select * from recorded except select * from loaded) as disappeared
    )
    select roster_rows.cadre_id
    from {{ roster_rows }} as roster_rows
    inner join changed_files
        on roster_rows.source_file = changed_files.source_file and roster_rows.file_id = changed_files.file_id
    union
    select built.cadre_id
    from {{ built }} as built
    inner join changed_files
        on built.source_file = changed_files.source_file and built.file_id = changed_files.file_id
{%- endmacro %}

{#- Post-hooks of a roster model keyed by cadre_id (delete+insert replaces every row of a cadre it
    recomputed): drop the people no roster row names any more (delete+insert deletes only the keys it
    inserts), then record the files this build read. -#}
{% macro roster_model_post_hooks(model_name, roster_rows) -%}
    delete from {{ this }} as built
    where not exists (select 1 from {{ roster_rows }} as roster_rows where roster_rows.cadre_id = built.cadre_id);
    delete from {{ roster_files_relation() }} where model_name = '{{ model_name }}';
    insert into {{ roster_files_relation() }} (model_name, source_file, file_id, loaded_at, raw_rows)
    select '{{ model_name }}', source_file, file_id, loaded_at, raw_rows
    from ({{ roster_files(roster_rows) }}) as loaded
{%- endmacro %}

{#- The bookkeeping table of incremental marts: what the snapshots held when a model was last built,
    and the run date it was built for. Created by on-run-start (dbt_project.yml). -#}
{% macro build_marks_relation() -%}
    intermediate.incremental_build_marks
{%- endmacro %}

{% macro create_build_marks() -%}
    create schema if not exists intermediate;
    create table if not exists {{ build_marks_relation() }} (
        model_name {{ dbt.type_string() }},
        assignments_mark timestamp,
        cadres_mark timestamp,
        run_date date,
        recorded_at timestamp
    );
    create table if not exists {{ roster_files_relation() }} (
        model_name {{ dbt.type_string() }},
        source_file {{ dbt.type_string() }},
        file_id {{ dbt.type_string() }},
        loaded_at timestamp,
        raw_rows bigint
    )
{%- endmacro %}

{#- The last time a snapshot row changed (a version began or ended): later rows are tonight's. -#}
{% macro snapshot_mark(snapshot) -%}
    (select max(greatest(dbt_valid_from, coalesce(dbt_valid_to, dbt_valid_from))) from {{ snapshot }})
{%- endmacro %}

{#- Post-hook: what the snapshots the model reads hold now, so its next build knows which of their rows
    are new. Only snapshots the model depends on: another may not be built yet. -#}
{% macro record_build_mark(model_name, reads_assignments=true) -%}
    delete from {{ build_marks_relation() }} where model_name = '{{ model_name }}';
    insert into {{ build_marks_relation() }} (model_name, assignments_mark, cadres_mark, run_date, recorded_at)
    select '{{ model_name }}',
           {% if reads_assignments %}{{ snapshot_mark(ref('snap_assignments')) }}{% else %}cast(null as timestamp){% endif %},
           {{ snapshot_mark(ref('snap_cadres')) }},
           {{ run_date() }},
           current_timestamp
{%- endmacro %}
