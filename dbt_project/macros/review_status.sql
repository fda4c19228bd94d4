{#-
    The one review rule for every extracted fact and person (facts, report assignments, the
    reconciliation of stated counts):

        the steward's latest decision wins: reject → 'rejected', correct → 'corrected',
        accept → 'accepted';
        with no decision, confidence below var('review_confidence_threshold') → 'pending',
        else 'auto_accepted'.

    `decision_action` is the latest decision's action (null when no steward decided).
-#}
{% macro review_status(confidence, decision_action='null') -%}
    case
        when {{ decision_action }} = 'reject' then 'rejected'
        when {{ decision_action }} = 'correct' then 'corrected'
        when {{ decision_action }} = 'accept' then 'accepted'
        when {{ confidence }} < {{ var('review_confidence_threshold') }} then 'pending'
        else 'auto_accepted'
    end
{%- endmacro %}

{#- Does the item wait for a steward? Below the threshold and not yet decided. -#}
{% macro needs_review(confidence, decision_action='null') -%}
    ({{ decision_action }} is null and {{ confidence }} < {{ var('review_confidence_threshold') }})
{%- endmacro %}
