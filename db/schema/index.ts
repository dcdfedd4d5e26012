export * from "./offices";
export * from "./companies";
export * from "./users";
export * from "./products";
export * from "./applications";
export * from "./certificates";
export * from "./audit";
export * from "./rate-limits";
