import type { CombinedView } from "../../../model";
import { count, percent } from "../format";

/** Per district: actions, completion, overdue and findings, as on the combined workbook's Summary sheet. */
export function DistrictTable({ view }: { view: CombinedView }) {
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>Districts</caption>
        <thead>
          <tr>
            <th scope="col">District</th>
            <th scope="col" class="number">Actions</th>
            <th scope="col" class="number">Complete</th>
            <th scope="col" class="number">Overdue</th>
            <th scope="col" class="number">Findings</th>
          </tr>
        </thead>
        <tbody>
          {view.districts.map((d) => (
            <tr key={d.district}>
              <th scope="row">{d.district}</th>
              <td class="number">{count(d.rows)}</td>
              <td class="number">{percent(d.completion)}</td>
              <td class="number">{count(d.overdue)}</td>
              <td class="number">{count(d.findings)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
