import { parseDue } from ".";
const xs = process.argv.slice(2);
for (const x of xs) console.log(JSON.stringify(x), "=>", JSON.stringify(parseDue(x)));
