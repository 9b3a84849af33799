/**
 * A theme a commissioned service shares, as the commissioner shows it wherever it is linked (an action, a panel
 * session, a frozen pack): what the shared-themes page shows and nothing more (never a quote), or, once the service
 * no longer shares it, only that. Pure.
 */
import type { Shown } from "../insights/disclosure";

export type ServiceName = { name: string; nameCy: string };

export type LinkedSharedTheme =
  | {
      state: "shared";
      commissionId: number;
      themeId: number;
      service: ServiceName;
      name: string;
      nameCy: string;
      description: string;
      descriptionCy: string;
      /** The quarter's label, and the one before (the trend). */
      quarter: string;
      previousQuarter: string;
      thisQuarter: Shown;
      lastQuarter: Shown;
    }
  | { state: "withdrawn"; commissionId: number; themeId: number; service: ServiceName };
