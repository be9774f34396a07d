// The seven days of the plan as one radio group: arrow keys move between days.
import { todayPlanDay, WEEKDAYS } from "./week";

interface DayPickerProps {
  value: number;
  onChange: (day: number) => void;
}

export function DayPicker({ value, onChange }: DayPickerProps) {
  const today = todayPlanDay();
  return (
    <fieldset className="day-picker">
      <legend className="visually-hidden">Day of the week</legend>
      {WEEKDAYS.map((name, at) => {
        const day = at + 1;
        return (
          <label key={name} className={day === value ? "day chosen-day" : "day"}>
            <input
              type="radio"
              name="plan-day"
              value={day}
              checked={day === value}
              onChange={() => {
                onChange(day);
              }}
            />
            <span aria-hidden="true">{name.slice(0, 3)}</span>
            <span className="visually-hidden">{name}</span>
            {day === today && <span className="today-mark">today</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
