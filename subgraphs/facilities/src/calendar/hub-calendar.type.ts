import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "@pasrr/graphql-kit/scalars";

@ObjectType({
  description:
    "The hub's calendar: the one clock every due date, overdue flag and payable day is counted from. A client shows dates and highlights what is overdue against this, never against its own computer's clock or locale.",
})
export class HubCalendar {
  @Field(() => DateScalar, { description: "Today: the state's calendar date in the state's time zone." })
  today!: string;

  @Field(() => String, { description: "The state's time zone (IANA name), in which an instant becomes a date." })
  timeZone!: string;
}
