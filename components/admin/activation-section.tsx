import { ActionButton } from "@/components/admin/action-button";
import type { FormAction } from "@/lib/actions/action-result";

interface ActivationSectionProps {
  /** Id of the section heading, used by aria-labelledby. */
  headingId: string;
  item: { id: string; isActive: boolean };
  action: FormAction;
  /** What the current state means, e.g. "Området är aktivt och kan väljas." */
  description: { active: string; inactive: string };
  buttonLabel: { deactivate: string; activate: string };
}

/** The section of an edit page that deactivates a reference item, or activates it again. */
export function ActivationSection({
  headingId,
  item,
  action,
  description,
  buttonLabel,
}: ActivationSectionProps) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-2xl font-semibold">
        {item.isActive ? "Avaktivera" : "Aktivera igen"}
      </h2>
      <p>{item.isActive ? description.active : description.inactive}</p>
      <ActionButton
        action={action}
        input={{ id: item.id, isActive: !item.isActive }}
        label={item.isActive ? buttonLabel.deactivate : buttonLabel.activate}
      />
    </section>
  );
}
