"use client";
// One platform's settings as rows: node selector, tolerations, labels, annotations.
import { TOLERATION_EFFECTS, platformSettingsSchema } from "@/lib/specs/schema";
import {
  draftToPlatforms,
  rowId,
  type MapSection,
  type PlatformDraft,
  type TolerationRow,
} from "@/lib/specs/platform-draft";

const input =
  "w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-indigo-600 disabled:bg-slate-100 disabled:text-slate-400";
const small =
  "text-sm font-medium text-indigo-600 hover:text-indigo-500 rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-indigo-600";
const remove =
  "shrink-0 rounded px-2 text-sm text-slate-500 hover:text-red-600 focus-visible:outline focus-visible:outline-2 focus-visible:outline-red-600";

const SECTION_LABEL: Record<MapSection, string> = {
  nodeSelector: "Node selector",
  labels: "Pod labels",
  annotations: "Pod annotations",
};

/** The shared schema's complaints about this platform, one line each. */
function problems(p: PlatformDraft): string[] {
  const settings = draftToPlatforms([p])[p.name];
  const r = platformSettingsSchema.safeParse(settings);
  if (r.success) return [];
  return r.error.issues.map(
    (i) => `${i.path.join(" › ")}: ${i.code === "unrecognized_keys" ? "unknown field" : i.message}`,
  );
}

export function PlatformCard({
  platform: p,
  onChange,
  onRemove,
}: {
  platform: PlatformDraft;
  onChange(p: PlatformDraft): void;
  onRemove(): void;
}) {
  const label = p.name || "new platform";
  const issues = problems(p);

  const mapSection = (section: MapSection) => (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium text-slate-700">{SECTION_LABEL[section]}</legend>
      {p[section].map((row, i) => (
        <div key={row.id} className="mt-2 flex gap-2">
          <input
            aria-label={`${label} ${SECTION_LABEL[section]} key ${i + 1}`}
            placeholder="key"
            className={`${input} font-mono`}
            value={row.key}
            onChange={(e) =>
              onChange({
                ...p,
                [section]: p[section].map((r) => (r.id === row.id ? { ...r, key: e.target.value } : r)),
              })
            }
          />
          <input
            aria-label={`${label} ${SECTION_LABEL[section]} value ${i + 1}`}
            placeholder="value"
            className={`${input} font-mono`}
            value={row.value}
            onChange={(e) =>
              onChange({
                ...p,
                [section]: p[section].map((r) => (r.id === row.id ? { ...r, value: e.target.value } : r)),
              })
            }
          />
          <button
            type="button"
            aria-label={`Remove ${label} ${SECTION_LABEL[section]} row ${i + 1}`}
            className={remove}
            onClick={() => onChange({ ...p, [section]: p[section].filter((r) => r.id !== row.id) })}
          >
            ✕
          </button>
        </div>
      ))}
      <button
        type="button"
        className={`${small} mt-2`}
        onClick={() => onChange({ ...p, [section]: [...p[section], { id: rowId(), key: "", value: "" }] })}
      >
        + Add {SECTION_LABEL[section].toLowerCase()} entry
      </button>
    </fieldset>
  );

  const setTol = (row: TolerationRow, change: Partial<TolerationRow>) =>
    onChange({ ...p, tolerations: p.tolerations.map((t) => (t.id === row.id ? { ...t, ...change } : t)) });

  return (
    <section aria-label={`Platform ${label}`} className="rounded-lg border border-slate-200 bg-slate-50/50 p-4">
      <div className="flex items-end gap-3">
        <div className="flex-1">
          <label htmlFor={`${p.id}-name`} className="block text-sm font-medium text-slate-700">
            Platform name
          </label>
          <input
            id={`${p.id}-name`}
            className={`${input} mt-1 font-mono`}
            placeholder="generic, aliyun-ack, aws-eks"
            value={p.name}
            onChange={(e) => onChange({ ...p, name: e.target.value })}
          />
        </div>
        <button
          type="button"
          className="rounded-md px-3 py-1.5 text-sm text-red-600 ring-1 ring-inset ring-red-200 hover:bg-red-50"
          onClick={onRemove}
        >
          Remove platform {p.name}
        </button>
      </div>
      {mapSection("nodeSelector")}
      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-slate-700">Tolerations</legend>
        {p.tolerations.map((t, i) => (
          <div key={t.id} className="mt-2 grid grid-cols-[2fr_1fr_1.5fr_1.5fr_auto] gap-2">
            <input
              aria-label={`${label} toleration ${i + 1} key`}
              placeholder="key"
              className={`${input} font-mono`}
              value={t.key}
              onChange={(e) => setTol(t, { key: e.target.value })}
            />
            <select
              aria-label={`${label} toleration ${i + 1} operator`}
              className={input}
              value={t.operator}
              onChange={(e) =>
                setTol(t, {
                  operator: e.target.value as TolerationRow["operator"],
                  ...(e.target.value === "Exists" ? { value: "" } : {}),
                })
              }
            >
              <option>Equal</option>
              <option>Exists</option>
            </select>
            <input
              aria-label={`${label} toleration ${i + 1} value`}
              placeholder={t.operator === "Exists" ? "(none with Exists)" : "value"}
              className={`${input} font-mono`}
              value={t.value}
              disabled={t.operator === "Exists"}
              onChange={(e) => setTol(t, { value: e.target.value })}
            />
            <select
              aria-label={`${label} toleration ${i + 1} effect`}
              className={input}
              value={t.effect}
              onChange={(e) => setTol(t, { effect: e.target.value as TolerationRow["effect"] })}
            >
              <option value="">(all effects)</option>
              {TOLERATION_EFFECTS.map((eff) => (
                <option key={eff}>{eff}</option>
              ))}
            </select>
            <button
              type="button"
              aria-label={`Remove ${label} toleration ${i + 1}`}
              className={remove}
              onClick={() => onChange({ ...p, tolerations: p.tolerations.filter((x) => x.id !== t.id) })}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          className={`${small} mt-2`}
          onClick={() =>
            onChange({
              ...p,
              tolerations: [
                ...p.tolerations,
                { id: rowId(), key: "", operator: "Equal", value: "", effect: "NoSchedule" },
              ],
            })
          }
        >
          + Add toleration
        </button>
      </fieldset>
      {mapSection("labels")}
      {mapSection("annotations")}
      {issues.length > 0 && (
        <ul className="mt-3 list-disc pl-5 text-sm text-red-600" aria-label={`Problems in platform ${label}`}>
          {issues.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
