import { XmlElement, xsiType } from "./xml-tree";

// What Office's manifest schema allows in a task pane add-in for Excel, written out from Microsoft's
// own documentation (learn.microsoft.com, "How to find the proper order of manifest elements" and the
// manifest element reference pages: OfficeApp, VersionOverrides, Host, DesktopFormFactor,
// ExtensionPoint, OfficeTab, CustomTab, Group, Control, Action, Icon, Resources). Which elements may
// stand under which, in what order, how often, and the xsi:type values each accepts. Office refuses
// a manifest that breaks any of these; a sideload then fails with little said about why.

export const APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
export const VO = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
export const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

/** A child: its local name and namespace, and how many times it may appear ("1", "?" for 0-1, "*", "+"). */
interface Child {
  name: string;
  ns: string;
  count: "1" | "?" | "*" | "+";
  /** Children sharing a group may come in any order among themselves (Group and OfficeGroup on a tab). */
  group?: number;
}

function c(name: string, ns: string, count: Child["count"], group?: number): Child {
  return { name, ns, count, group };
}

interface Rule {
  /** Children in the order the schema requires. */
  children?: Child[];
  /** At least one of these children must be present (each alone is optional). */
  oneOf?: readonly string[];
  /** Accepted xsi:type values, when the element must have one. */
  types?: readonly string[];
  /** Children by xsi:type, for elements whose content depends on it. */
  byType?: Record<string, Child[]>;
  /** Attributes that must be present. */
  attributes?: readonly string[];
  /** Content Office does not constrain here (not used by this add-in): children are not checked. */
  open?: boolean;
}

const override: Child = c("Override", APP, "*");
const btOverride: Child = c("Override", BT, "*");
const localized: Rule = { attributes: ["DefaultValue"], children: [override] };
const resid: Rule = { attributes: ["resid"] };
const controlChildren: Child[] = [
  c("OverriddenByRibbonApi", VO, "?"),
  c("Label", VO, "1"),
  c("Supertip", VO, "1"),
  c("Icon", VO, "1"),
];

/** Excel's built-in ribbon tabs (Microsoft, "Find the IDs of built-in Office ribbon tabs"). */
export const EXCEL_TABS = [
  "TabHome", "TabInsert", "TabPageLayoutExcel", "TabFormulas", "TabData", "TabReview", "TabView", "TabDeveloper", "TabAddIns",
  "TabPrintPreview", "TabBackgroundRemoval",
];

/** Rules by "namespace|local name|parent local name" (most specific) or "namespace|local name". */
const RULES: Record<string, Rule> = {
  [`${APP}|OfficeApp`]: {
    types: ["TaskPaneApp"],
    children: [
      c("Id", APP, "1"), c("AlternateId", APP, "?"), c("Version", APP, "1"), c("ProviderName", APP, "1"), c("DefaultLocale", APP, "1"),
      c("DisplayName", APP, "1"), c("Description", APP, "1"), c("IconUrl", APP, "?"), c("HighResolutionIconUrl", APP, "?"),
      c("SupportUrl", APP, "?"), c("AppDomains", APP, "?"), c("Hosts", APP, "?"), c("Requirements", APP, "?"), c("DefaultSettings", APP, "1"),
      c("Permissions", APP, "1"), c("Dictionary", APP, "?"), c("VersionOverrides", VO, "?"), c("ExtendedOverrides", APP, "?"),
    ],
  },
  [`${APP}|Id`]: {}, [`${APP}|AlternateId`]: {}, [`${APP}|Version`]: {}, [`${APP}|ProviderName`]: {}, [`${APP}|DefaultLocale`]: {},
  [`${APP}|Permissions`]: {}, [`${APP}|AppDomain`]: {}, [`${APP}|Override`]: { attributes: ["Locale", "Value"] },
  [`${APP}|DisplayName`]: localized, [`${APP}|Description`]: localized, [`${APP}|IconUrl`]: localized,
  [`${APP}|HighResolutionIconUrl`]: localized, [`${APP}|SupportUrl`]: localized, [`${APP}|SourceLocation`]: localized,
  [`${APP}|AppDomains`]: { children: [c("AppDomain", APP, "*")] },
  [`${APP}|Hosts`]: { children: [c("Host", APP, "+")] },
  [`${APP}|Host`]: { attributes: ["Name"] },
  [`${APP}|Requirements`]: { children: [c("Sets", APP, "?"), c("Methods", APP, "?")] },
  [`${APP}|Sets`]: { children: [c("Set", APP, "+")] },
  [`${APP}|Set`]: { attributes: ["Name"] },
  [`${APP}|Methods`]: { children: [c("Method", APP, "+")] },
  [`${APP}|Method`]: { attributes: ["Name"] },
  [`${APP}|DefaultSettings`]: { children: [c("SourceLocation", APP, "1"), c("RequestedWidth", APP, "?"), c("RequestedHeight", APP, "?")] },
  [`${APP}|Dictionary`]: { open: true },
  [`${APP}|ExtendedOverrides`]: { open: true },

  [`${VO}|VersionOverrides`]: {
    types: ["VersionOverridesV1_0"],
    children: [
      c("Description", VO, "?"), c("Requirements", VO, "?"), c("Hosts", VO, "?"), c("Resources", VO, "?"),
      c("WebApplicationInfo", VO, "?"), c("EquivalentAddins", VO, "?"), c("VersionOverrides", VO, "?"),
    ],
  },
  [`${VO}|Requirements`]: { children: [c("Sets", BT, "?"), c("Methods", BT, "?")] },
  [`${BT}|Sets`]: { children: [c("Set", BT, "+")] },
  [`${BT}|Set`]: { attributes: ["Name"] },
  [`${BT}|Methods`]: { children: [c("Method", BT, "+")] },
  [`${BT}|Method`]: { attributes: ["Name"] },
  [`${VO}|Hosts`]: { children: [c("Host", VO, "+")] },
  [`${VO}|Host`]: {
    types: ["Workbook", "Document", "Presentation", "Notebook", "MailHost"],
    children: [c("Runtimes", VO, "?"), c("AllFormFactors", VO, "?"), c("DesktopFormFactor", VO, "1"), c("MobileFormFactor", VO, "?")],
  },
  [`${VO}|Runtimes`]: { open: true },
  [`${VO}|AllFormFactors`]: { open: true },
  [`${VO}|MobileFormFactor`]: { open: true },
  [`${VO}|WebApplicationInfo`]: { open: true },
  [`${VO}|EquivalentAddins`]: { open: true },
  [`${VO}|DesktopFormFactor`]: { children: [c("GetStarted", VO, "?"), c("FunctionFile", VO, "?"), c("ExtensionPoint", VO, "+")] },
  [`${VO}|GetStarted`]: { children: [c("Title", VO, "1"), c("Description", VO, "1"), c("LearnMoreUrl", VO, "1")] },
  [`${VO}|Title`]: resid, [`${VO}|Description`]: resid, [`${VO}|LearnMoreUrl`]: resid, [`${VO}|FunctionFile`]: resid,
  [`${VO}|Label`]: resid, [`${VO}|SourceLocation`]: resid,
  [`${VO}|ExtensionPoint`]: {
    types: ["PrimaryCommandSurface", "ContextMenu"],
    oneOf: ["OfficeTab", "CustomTab", "OfficeMenu"],
    byType: {
      PrimaryCommandSurface: [c("OfficeTab", VO, "*"), c("CustomTab", VO, "?")],
      ContextMenu: [c("OfficeMenu", VO, "+")],
    },
  },
  [`${VO}|OfficeTab`]: { attributes: ["id"], children: [c("Group", VO, "+")] },
  [`${VO}|CustomTab`]: {
    attributes: ["id"],
    oneOf: ["Group", "OfficeGroup"],
    children: [c("Group", VO, "*", 1), c("OfficeGroup", VO, "*", 1), c("Label", VO, "1"), c("InsertAfter", VO, "?"), c("InsertBefore", VO, "?")],
  },
  [`${VO}|OfficeGroup`]: { attributes: ["id"] },
  [`${VO}|OfficeMenu`]: { attributes: ["id"], children: [c("Control", VO, "+")] },
  [`${VO}|Group`]: {
    attributes: ["id"],
    oneOf: ["Control", "OfficeControl"],
    children: [c("OverriddenByRibbonApi", VO, "?"), c("Label", VO, "1"), c("Icon", VO, "1"), c("Control", VO, "*", 1), c("OfficeControl", VO, "*", 1)],
  },
  [`${VO}|OfficeControl`]: { attributes: ["id"] },
  [`${VO}|OverriddenByRibbonApi`]: {},
  [`${VO}|Icon`]: { children: [c("Image", BT, "+")] },
  [`${BT}|Image|Icon`]: { attributes: ["size", "resid"] },
  [`${VO}|Control`]: {
    types: ["Button", "Menu"],
    attributes: ["id"],
    byType: {
      Button: [...controlChildren, c("Action", VO, "1"), c("Enabled", VO, "?")],
      Menu: [...controlChildren, c("Items", VO, "1")],
    },
  },
  [`${VO}|Enabled`]: {},
  [`${VO}|Supertip`]: { children: [c("Title", VO, "1"), c("Description", VO, "1")] },
  [`${VO}|Items`]: { children: [c("Item", VO, "+")] },
  [`${VO}|Item`]: { attributes: ["id"], children: [c("OverriddenByRibbonApi", VO, "?"), c("Label", VO, "1"), c("Supertip", VO, "1"), c("Action", VO, "1")] },
  [`${VO}|Action`]: {
    types: ["ExecuteFunction", "ShowTaskpane"],
    byType: {
      ExecuteFunction: [c("FunctionName", VO, "1")],
      ShowTaskpane: [c("TaskpaneId", VO, "?"), c("SourceLocation", VO, "1"), c("Title", VO, "?")],
    },
  },
  [`${VO}|FunctionName`]: {}, [`${VO}|TaskpaneId`]: {},
  [`${VO}|Resources`]: { children: [c("Images", BT, "?"), c("Urls", BT, "?"), c("ShortStrings", BT, "?"), c("LongStrings", BT, "?")] },
  [`${BT}|Images`]: { children: [c("Image", BT, "+")] },
  [`${BT}|Urls`]: { children: [c("Url", BT, "+")] },
  [`${BT}|ShortStrings`]: { children: [c("String", BT, "+")] },
  [`${BT}|LongStrings`]: { children: [c("String", BT, "+")] },
  [`${BT}|Image`]: { attributes: ["id", "DefaultValue"], children: [btOverride] },
  [`${BT}|Url`]: { attributes: ["id", "DefaultValue"], children: [btOverride] },
  [`${BT}|String`]: { attributes: ["id", "DefaultValue"], children: [btOverride] },
  [`${BT}|Override`]: { attributes: ["Locale", "Value"] },
};

function ruleFor(element: XmlElement, parent: XmlElement | null): Rule | undefined {
  return RULES[`${element.ns}|${element.local}|${parent?.local ?? ""}`] ?? RULES[`${element.ns}|${element.local}`];
}

/** "<Group id="LaaScorecard.Group"> (line 44)": how a problem names an element. */
export function describe(element: XmlElement): string {
  const id = element.attributes.get("id");
  return `<${element.name}${id ? ` id="${id}"` : ""}> (line ${element.line})`;
}

/** Every way the manifest departs from the schema: unknown elements, order, counts, xsi:type, attributes. */
export function schemaProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const visit = (element: XmlElement, parent: XmlElement | null) => {
    const rule = ruleFor(element, parent);
    if (!rule) return; // reported by the parent as an unknown child
    const type = xsiType(element);
    if (rule.types && !type) problems.push(`${describe(element)} needs an xsi:type: one of ${rule.types.join(", ")}.`);
    else if (rule.types && type && !rule.types.includes(type)) {
      problems.push(`${describe(element)} has xsi:type="${type}"; Office accepts ${rule.types.join(", ")} here.`);
      return;
    }
    for (const attribute of rule.attributes ?? []) {
      if (!element.attributes.has(attribute)) problems.push(`${describe(element)} lacks its ${attribute} attribute.`);
    }
    if (rule.open) return;
    const children = (type ? rule.byType?.[type] : undefined) ?? rule.children ?? [];
    problems.push(...childProblems(element, children));
    if (rule.oneOf && !element.children.some((child) => rule.oneOf!.includes(child.local))) {
      const present = rule.oneOf.filter((name) => children.some((child) => child.name === name));
      problems.push(`${describe(element)} has no ${present.map((n) => `<${n}>`).join(" or ")}; Office requires at least one.`);
    }
    if (element.local === "Host" && element.ns === VO) host = type ?? "";
    if (element.local === "OfficeTab" && host === "Workbook" && !EXCEL_TABS.includes(element.attributes.get("id") ?? "")) {
      problems.push(`${describe(element)} is not one of Excel's ribbon tabs (${EXCEL_TABS.slice(0, 9).join(", ")}).`);
    }
    for (const child of element.children) visit(child, element);
  };
  let host = "";
  if (root.ns !== APP || root.local !== "OfficeApp") return [`The root element is <${root.name}>; a manifest's root is <OfficeApp> in the ${APP} namespace.`];
  visit(root, null);
  return problems;
}

function childProblems(element: XmlElement, allowed: Child[]): string[] {
  const problems: string[] = [];
  const position = (child: XmlElement) => allowed.findIndex((a) => a.name === child.local && a.ns === child.ns);
  let last = -1;
  let lastChild: XmlElement | null = null;
  for (const child of element.children) {
    const at = position(child);
    if (at < 0) {
      problems.push(
        allowed.some((a) => a.name === child.local)
          ? `${describe(child)} is in the wrong namespace inside <${element.name}> (check its prefix).`
          : `${describe(child)} is not an element Office accepts inside <${element.name}>.`,
      );
      continue;
    }
    const sameGroup = last >= 0 && allowed[at].group !== undefined && allowed[at].group === allowed[last].group;
    if (at < last && !sameGroup) problems.push(`${describe(child)} must come before <${lastChild!.name}> inside <${element.name}>.`);
    if (at > last) {
      last = at;
      lastChild = child;
    }
  }
  for (const { name, ns, count } of allowed) {
    const n = element.children.filter((child) => child.local === name && child.ns === ns).length;
    if ((count === "1" || count === "+") && n === 0) problems.push(`${describe(element)} has no <${name}>; Office requires one.`);
    if ((count === "1" || count === "?") && n > 1) problems.push(`${describe(element)} has ${n} <${name}> elements; Office allows one.`);
  }
  return problems;
}
