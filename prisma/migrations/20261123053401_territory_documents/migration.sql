-- AlterEnum
ALTER TYPE "EntityType" ADD VALUE 'TERRITORY';
