// MemoryLogoutList passes the logout list conformance suite that the shared lists of the stores run too.
import { MemoryLogoutList } from "../storage/logout-list.js";
import { describeLogoutListConformance } from "./logout-list-conformance.js";

describeLogoutListConformance("MemoryLogoutList", async () => ({
  list: new MemoryLogoutList(),
  close: () => {},
}));
