import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { isCalendarDate, type CalendarDate } from "@pasrr/calendar/calendar-date";

/** Fields of Facility that read the census, and which day each reads (`null`: its `on` argument). */
const censusFields: Record<string, "argument" | "today"> = { census: "argument", residents: "today", currentResidentIds: "today" };

/**
 * The days whose census the operation asks of the facility being resolved, read from its
 * selection (fragments included). Resolving the facility and those censuses together lets
 * `facility(id) { census(on:) }` cost one statement instead of two.
 */
export function censusDaysAsked(info: GraphQLResolveInfo, today: CalendarDate): CalendarDate[] {
  const days = new Set<CalendarDate>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === "Facility") visit(selection.selectionSet);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (fragment?.typeCondition.name.value === "Facility") visit(fragment.selectionSet);
      } else {
        const reads = censusFields[selection.name.value];
        if (reads === "today") days.add(today);
        if (reads !== "argument") continue;
        const on = selection.arguments?.find((argument) => argument.name.value === "on")?.value;
        const value = on?.kind === Kind.STRING ? on.value : on?.kind === Kind.VARIABLE ? info.variableValues[on.name.value] : undefined;
        if (typeof value === "string" && isCalendarDate(value)) days.add(value);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...days];
}
