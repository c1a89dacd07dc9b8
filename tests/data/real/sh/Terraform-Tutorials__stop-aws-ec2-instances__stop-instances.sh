#!/usr/bin/bash

aws ec2 start-instances --instance-ids i-0391e2e30dc111d58
