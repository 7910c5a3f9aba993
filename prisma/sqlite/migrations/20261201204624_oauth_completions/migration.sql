-- CreateTable
CREATE TABLE "OAuthCompletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "accountLabel" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT,
    "tokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "grantedScopes" TEXT,
    "requestedScopes" TEXT NOT NULL,
    "connectionId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OAuthCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "OAuthCompletion_codeHash_key" ON "OAuthCompletion"("codeHash");

-- CreateIndex
CREATE INDEX "OAuthCompletion_expiresAt_idx" ON "OAuthCompletion"("expiresAt");

