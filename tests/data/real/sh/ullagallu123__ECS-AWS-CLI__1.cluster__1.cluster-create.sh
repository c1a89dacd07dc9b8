#!/bin/bash
aws ecs create-cluster --cluster-name roboshop