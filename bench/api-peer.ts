// The peer: the Neo4j GraphQL Library (@neo4j/graphql) over the same graph, with type definitions
// for the same labels and relationships, served by graphql-yoga like ours.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Statement @relationshipProperties {
    at: DateTime!
    quote: String
    article: String
  }

  "CITED carries the claim's id: whom a source relied on for that one claim."
  type Citation @relationshipProperties {
    claim: String!
    at: DateTime
    article: String
  }

  interface Source {
    id: ID!
    name: String
    cited: [Source!]! @declareRelationship
  }

  type Actor implements Source @node {
    id: ID!
    name: String
    kind: String
    role: String
    country: String
    aliases: [String!]
    cited: [Source!]! @relationship(type: "CITED", direction: OUT, properties: "Citation")
    said: [Claim!]! @relationship(type: "SAID", direction: OUT, properties: "Statement")
    denied: [Claim!]! @relationship(type: "DENIED", direction: OUT, properties: "Statement")
  }

  type Outlet implements Source @node {
    id: ID!
    name: String
    domain: String
    country: String
    cited: [Source!]! @relationship(type: "CITED", direction: OUT, properties: "Citation")
    reported: [Claim!]! @relationship(type: "REPORTED", direction: OUT, properties: "Statement")
  }

  type AnonymousSource implements Source @node {
    id: ID!
    name: String
    description: String
    count: Int
    affiliation: String
    citedBy: String
    cited: [Source!]! @relationship(type: "CITED", direction: OUT, properties: "Citation")
    said: [Claim!]! @relationship(type: "SAID", direction: OUT, properties: "Statement")
  }

  type Claim
    @node
    @fulltext(indexes: [{ indexName: "claim_text", queryName: "claimSearch", fields: ["text"] }]) {
    id: ID!
    text: String!
    topics: [String!]
    firstSeenAt: DateTime
    saidBy: [Source!]! @relationship(type: "SAID", direction: IN, properties: "Statement")
    reportedBy: [Outlet!]! @relationship(type: "REPORTED", direction: IN, properties: "Statement")
    deniedBy: [Source!]! @relationship(type: "DENIED", direction: IN, properties: "Statement")
  }

  type Article @node {
    id: ID!
    url: String!
    title: String
    publishedAt: DateTime
    outlet: String
    publishedBy: [Outlet!]! @relationship(type: "PUBLISHED_BY", direction: OUT)
  }
`;

export function peerSchema(driver: Driver) {
  return new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
}
