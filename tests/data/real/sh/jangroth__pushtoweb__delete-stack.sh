#!/bin/bash -eux

aws cloudformation delete-stack --stack-name ptw-infrastructure
