/**
 * The sideloading steps `npm start` prints (the README's "The Excel add-in" section gives the same steps).
 */
export function sideloadHelp(manifestPath: string, pageUrl: string): string {
  return `
PlanCheck add-in: serving ${pageUrl}
Manifest to sideload: ${manifestPath}

Excel on Windows
  Automatic: run \`npm run addin:tools\` once; from then on \`npm start\` sideloads PlanCheck and opens Excel.
  By hand: share a folder (right-click > Properties > Sharing > Share), copy manifest.xml into it, then in
  Excel: File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs, add the folder's
  network path (\\\\COMPUTER\\Folder), tick "Show in Menu", OK, restart Excel, and choose
  Home > Add-ins > More Add-ins > SHARED FOLDER > PlanCheck > Add.

Excel on Mac
  Automatic: run \`npm run addin:tools\` once; from then on \`npm start\` sideloads PlanCheck and opens Excel.
  By hand: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef (create the
  folder if it is missing), restart Excel, open a workbook and choose Home > Add-ins > PlanCheck
  (under Developer Add-ins).

Excel on the web
  Open ${pageUrl} in the same browser first: it must load without a certificate
  warning. Then open a workbook, choose Home > Add-ins > More Add-ins > Upload My Add-in, pick
  manifest.xml and choose Upload.

PlanCheck then appears as a button on the Home tab, and =PLAN. formulas work in any cell.
Press Ctrl+C to stop the server (\`npm stop\` also removes a desktop sideload).
`;
}
