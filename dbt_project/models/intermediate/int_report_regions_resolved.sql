{#
    Resolves every place a report writes, at any depth (大同市, 云冈区, 西韩岭乡谢店村, 文水县开栅镇东街村),
    to a member of dim_region. Reports add no members: a place dim_region does not hold (a village no
    roster names) resolves to the deepest member the text does name, or to the unknown member.

    A member is a candidate for a text when
    - the text contains the member's name (or, for seeded provinces, cities and counties, ends with
      its short form: 文水 → 文水县);
    - what the text writes before the name is made only of the member's ancestors' names, full or
      short (山西文水县 fits 文水县; 孝义市东街村 does not fit the 东街村 of 文水县);
    - after a township's or village's name comes nothing or at least two characters (西韩岭乡谢店村
      fits the township 西韩岭乡 when 谢店村 is unknown; 云冈区 does not fit a village written 云冈);
      after a seeded division anything may follow (文水县城 is 文水县).
    Within a level, a member under the report's own region (its `region`, resolved first) wins, then
    the member whose ancestors the text names more of, then a full name over a short form. A level
    counts only when its best candidate is unique: two 东街村 in one county resolve 文水县东街村 to
    文水县, not to a guess. Of the levels that count, one whose member lies under the report's own
    region wins (大同 in a report about 大同市 is 大同市, not 大庆市大同区), then the deepest
    (village > township > county > city > province).

    Reads int_region_members_listed, the members dim_region publishes (never the mart itself): report
    places may only resolve to the members the facts can point to. Places come from the reviewed
    facts and people, so a steward's corrected region or village is what resolves. A table, not a view: every report fact table and several tests read it, and matching
    every fragment of every place text against every member is worth doing once a night.
#}
{{ config(materialized='table') }}
with

documents as (
    select * from {{ ref('stg_report__documents') }}
),

facts as (
    select * from {{ ref('int_report_facts_reviewed') }}
),

people as (
    select * from {{ ref('int_report_people_reviewed') }}
),

region_members as (
    select * from {{ ref('int_region_members_listed') }}
),

-- every place text the reports write, with the report's own place as context ----------------
place_mentions as (
    -- the report's main place, resolved on its own
    select
        documents.region_name as place_text,
        cast(null as {{ dbt.type_string() }}) as context_text
    from documents

    union all

    -- a fact's place, or the report's when the fact names none
    select
        coalesce(facts.region_name, documents.region_name) as place_text,
        documents.region_name as context_text
    from facts
    left join documents
        on facts.file_id = documents.file_id

    union all

    -- a person's county, township and village written as one place, or the report's
    select
        coalesce(
            nullif(concat_ws('', people.county_name, people.township_name, people.village_name), ''),
            documents.region_name
        ) as place_text,
        documents.region_name as context_text
    from people
    left join documents
        on people.file_id = documents.file_id
),

lookups as (
    select distinct
        place_text,
        context_text
    from place_mentions
    where place_text is not null
),

place_texts as (
    select lookups.place_text from lookups
    union
    select lookups.context_text from lookups
    where lookups.context_text is not null
),

members as (
    select
        region_members.*,
        case region_members.level
            when 'village' then 5
            when 'township' then 4
            when 'county' then 3
            when 'city' then 2
            when 'province' then 1
        end as level_depth
    from region_members
    where region_members.region_key <> {{ unknown_key() }}
),

-- members whose name a text contains: every fragment of every text (a place text is read up to
-- its 64th character), joined to member names by equality ----------------------------------------
numbers as (
    {{ dbt.generate_series(64) }}
),

positions as (
    select cast(numbers.generated_number as integer) as position_number
    from numbers
),

fragments as (
    select
        place_texts.place_text,
        start_positions.position_number as name_position,
        length_positions.position_number as name_length,
        substr(place_texts.place_text, start_positions.position_number, length_positions.position_number) as fragment
    from place_texts
    inner join positions as start_positions
        on start_positions.position_number <= length(place_texts.place_text)
    inner join positions as length_positions
        on length_positions.position_number >= 2
        and start_positions.position_number + length_positions.position_number - 1 <= length(place_texts.place_text)
),

name_hits as (
    select
        fragments.place_text,
        fragments.name_position,
        fragments.name_length,
        true as is_full_name,
        members.region_key,
        members.level,
        members.level_depth,
        members.full_name,
        members.province_name,
        members.city_name,
        members.county_name,
        members.township_name,
        members.is_national_division
    from fragments
    inner join members
        on fragments.fragment = members.region_name

    union all

    -- a seeded division written short at the end of the text: 山西文水 → 文水县
    select
        fragments.place_text,
        fragments.name_position,
        fragments.name_length,
        false as is_full_name,
        members.region_key,
        members.level,
        members.level_depth,
        members.full_name,
        members.province_name,
        members.city_name,
        members.county_name,
        members.township_name,
        members.is_national_division
    from fragments
    inner join members
        on fragments.fragment = {{ region_short_name('members.region_name') }}
        and members.is_national_division
        and fragments.name_position + fragments.name_length - 1 = length(fragments.place_text)
        and strpos(fragments.place_text, members.region_name) = 0
),

split as (
    select
        name_hits.*,
        left(name_hits.place_text, name_hits.name_position - 1) as text_before,
        substr(name_hits.place_text, name_hits.name_position + name_hits.name_length) as text_after
    from name_hits
),

fitting as (
    select
        split.*,
        length(split.text_before) as ancestor_chars,
        row_number() over (
            partition by split.place_text, split.region_key
            order by length(split.text_before) desc, split.is_full_name desc
        ) as hit_rank
    from split
    where {{ remove_region_names('split.text_before', [
            'split.province_name',
            'split.city_name',
            'split.county_name',
            'split.township_name',
        ]) }} = ''
        and (split.text_after = '' or length(split.text_after) >= 2 or split.is_national_division)
),

-- one hit per text and member (a name the text writes twice counts once)
candidates as (
    select * from fitting
    where hit_rank = 1
),

-- pass 1: each text on its own (gives the report's own region, the context of pass 2) ---------
standalone_ranked as (
    select
        candidates.*,
        rank() over (
            partition by candidates.place_text, candidates.level_depth
            order by
                candidates.ancestor_chars desc,
                candidates.is_full_name desc
        ) as score_rank
    from candidates
),

standalone_best as (
    select
        standalone_ranked.*,
        count(*) over (
            partition by standalone_ranked.place_text, standalone_ranked.level_depth
        ) as best_count
    from standalone_ranked
    where standalone_ranked.score_rank = 1
),

standalone_picked as (
    select
        standalone_best.*,
        row_number() over (
            partition by standalone_best.place_text
            order by standalone_best.level_depth desc
        ) as depth_rank
    from standalone_best
    where standalone_best.best_count = 1
),

standalone_resolved as (
    select
        place_text,
        full_name as context_full_name
    from standalone_picked
    where depth_rank = 1
),

-- pass 2: each text within its report ---------------------------------------------------------
lookup_candidates as (
    select
        lookups.place_text as lookup_place_text,
        lookups.context_text,
        candidates.region_key,
        candidates.level,
        candidates.level_depth,
        candidates.ancestor_chars,
        candidates.is_full_name,
        coalesce(
            starts_with(candidates.full_name, standalone_resolved.context_full_name),
            false
        ) as is_within_context
    from lookups
    inner join candidates
        on lookups.place_text = candidates.place_text
    left join standalone_resolved
        on lookups.context_text = standalone_resolved.place_text
),

lookup_ranked as (
    select
        lookup_candidates.*,
        rank() over (
            partition by
                lookup_candidates.lookup_place_text,
                lookup_candidates.context_text,
                lookup_candidates.level_depth
            order by
                lookup_candidates.is_within_context desc,
                lookup_candidates.ancestor_chars desc,
                lookup_candidates.is_full_name desc
        ) as score_rank
    from lookup_candidates
),

lookup_best as (
    select
        lookup_ranked.*,
        count(*) over (
            partition by
                lookup_ranked.lookup_place_text,
                lookup_ranked.context_text,
                lookup_ranked.level_depth
        ) as best_count
    from lookup_ranked
    where lookup_ranked.score_rank = 1
),

lookup_picked as (
    select
        lookup_best.*,
        row_number() over (
            partition by lookup_best.lookup_place_text, lookup_best.context_text
            order by
                lookup_best.is_within_context desc,
                lookup_best.level_depth desc
        ) as depth_rank
    from lookup_best
    where lookup_best.best_count = 1
),

lookup_resolved as (
    select
        lookup_place_text,
        context_text,
        region_key,
        level
    from lookup_picked
    where depth_rank = 1
),

candidate_counts as (
    select
        lookup_place_text,
        context_text,
        count(*) as candidate_count
    from lookup_candidates
    group by
        lookup_place_text,
        context_text
),

final as (
    select
        {{ surrogate_key(['lookups.place_text', 'lookups.context_text']) }} as region_lookup_id,
        lookups.place_text,
        lookups.context_text,
        coalesce(lookup_resolved.region_key, {{ unknown_key() }}) as region_key,
        coalesce(lookup_resolved.level, 'unknown') as region_level,
        case
            when lookup_resolved.region_key is not null then 'resolved'
            when candidate_counts.candidate_count > 0 then 'ambiguous'
            else 'unmatched'
        end as match_status
    from lookups
    left join lookup_resolved
        on lookups.place_text = lookup_resolved.lookup_place_text
        and lookups.context_text is not distinct from lookup_resolved.context_text
    left join candidate_counts
        on lookups.place_text = candidate_counts.lookup_place_text
        and lookups.context_text is not distinct from candidate_counts.context_text
)

select * from final
