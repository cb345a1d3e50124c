-- CreateEnum
CREATE TYPE "PrivilegedChangeKind" AS ENUM ('ACCOUNT_ACTIVATION', 'ROLE_CHANGE', 'PASSWORD_RESET', 'TWO_FACTOR_RESET');

-- CreateEnum
CREATE TYPE "ApprovalState" AS ENUM ('PENDING', 'APPROVED', 'CANCELLED', 'EXPIRED');

-- CreateTable
CREATE TABLE "PrivilegedChangeRequest" (
    "id" TEXT NOT NULL,
    "kind" "PrivilegedChangeKind" NOT NULL,
    "targetUserId" TEXT NOT NULL,
    "roleTo" "Role",
    "passwordHash" TEXT,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "state" "ApprovalState" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "PrivilegedChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PrivilegedChangeRequest_state_requestedAt_idx" ON "PrivilegedChangeRequest"("state", "requestedAt");

-- AddForeignKey
ALTER TABLE "PrivilegedChangeRequest" ADD CONSTRAINT "PrivilegedChangeRequest_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivilegedChangeRequest" ADD CONSTRAINT "PrivilegedChangeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivilegedChangeRequest" ADD CONSTRAINT "PrivilegedChangeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
