import { templateName } from "./templateName";

test("a template's name is its title in lower case words joined by '-', accents dropped, safe as a file name", () => {
  expect(templateName("Craven plan 2010")).toBe("craven-plan-2010");
  expect(templateName('Your columns for "Hambleton" — 2010/11')).toBe("your-columns-for-hambleton-2010-11");
  expect(templateName("Café de la Communauté")).toBe("cafe-de-la-communaute");
  expect(templateName(" ** ")).toBe("my-template");
});
