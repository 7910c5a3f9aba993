-- CreateTable
CREATE TABLE "OAuthCompletion" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "accountLabel" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "refreshToken" TEXT,
    "tokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "grantedScopes" TEXT,
    "requestedScopes" TEXT NOT NULL,
    "connectionId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OAuthCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OAuthCompletion_codeHash_key" ON "OAuthCompletion"("codeHash");

-- CreateIndex
CREATE INDEX "OAuthCompletion_expiresAt_idx" ON "OAuthCompletion"("expiresAt");

-- AddForeignKey
ALTER TABLE "OAuthCompletion" ADD CONSTRAINT "OAuthCompletion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

